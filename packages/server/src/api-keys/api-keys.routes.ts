import {
  ZApiKeyIdParams,
  ZApiKeysResponse,
  ZCreateApiKeyRequest,
  ZCreatedApiKeyResponse,
} from '@vigilo/domain/contracts/api-keys.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findApiKeyOrganisation } from './api-keys.repository.ts';
import { createApiKey, listOrganisationApiKeys, revokeApiKey } from './api-keys.service.ts';

registerOwnershipRule('apiKeyId', findApiKeyOrganisation);

/** The organisation's API keys, managed by its managers and its AML officer (never with a key). */
export const apiKeysRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['api-keys'];
  const config = { access: 'orgMember' as const };

  app.get(
    '/api/org/api-keys',
    { config, schema: { tags, response: { 200: ZApiKeysResponse } } },
    async (request) => listOrganisationApiKeys(ctx, requireActor(request)),
  );

  app.post(
    '/api/org/api-keys',
    { config, schema: { tags, body: ZCreateApiKeyRequest, response: { 201: ZCreatedApiKeyResponse } } },
    async (request, reply) =>
      reply.status(201).send(await createApiKey(ctx, requireActor(request), request.body)),
  );

  app.post(
    '/api/org/api-keys/:apiKeyId/revoke',
    { config, schema: { tags, params: ZApiKeyIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await revokeApiKey(ctx, requireActor(request), request.params.apiKeyId);
      return reply.status(204).send(null);
    },
  );
};
