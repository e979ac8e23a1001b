import {
  ZCreateWebhookRequest,
  ZWebhook,
  ZWebhookDeliveriesResponse,
  ZWebhookIdParams,
  ZWebhooksResponse,
  ZWebhookWithSecretResponse,
} from '@vigilo/domain/contracts/webhooks.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findEndpointOrganisation } from './webhooks.repository.ts';
import * as webhooks from './webhooks.service.ts';

registerOwnershipRule('webhookId', findEndpointOrganisation);

/** The organisation's signed webhooks: endpoints, secrets, test events and the delivery log. */
export const webhooksRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['webhooks'];
  const config = { access: 'orgMember' as const };
  const params = ZWebhookIdParams;

  app.get(
    '/api/org/webhooks',
    { config, schema: { tags, response: { 200: ZWebhooksResponse } } },
    async (request) => webhooks.listWebhooks(ctx, requireActor(request)),
  );

  app.post(
    '/api/org/webhooks',
    { config, schema: { tags, body: ZCreateWebhookRequest, response: { 201: ZWebhookWithSecretResponse } } },
    async (request, reply) =>
      reply.status(201).send(await webhooks.createWebhook(ctx, requireActor(request), request.body)),
  );

  app.post(
    '/api/org/webhooks/:webhookId/rotate-secret',
    { config, schema: { tags, params, response: { 200: ZWebhookWithSecretResponse } } },
    async (request) => webhooks.rotateWebhookSecret(ctx, requireActor(request), request.params.webhookId),
  );

  app.post(
    '/api/org/webhooks/:webhookId/enable',
    { config, schema: { tags, params, response: { 200: ZWebhook } } },
    async (request) => webhooks.enableWebhook(ctx, requireActor(request), request.params.webhookId),
  );

  app.post(
    '/api/org/webhooks/:webhookId/test',
    { config, schema: { tags, params, response: { 202: z.object({ deliveryId: z.string() }) } } },
    async (request, reply) =>
      reply
        .status(202)
        .send(await webhooks.sendTestEvent(ctx, requireActor(request), request.params.webhookId)),
  );

  app.get(
    '/api/org/webhooks/:webhookId/deliveries',
    { config, schema: { tags, params, response: { 200: ZWebhookDeliveriesResponse } } },
    async (request) => webhooks.listWebhookDeliveries(ctx, requireActor(request), request.params.webhookId),
  );

  app.delete(
    '/api/org/webhooks/:webhookId',
    { config, schema: { tags, params, response: { 204: z.null() } } },
    async (request, reply) => {
      await webhooks.deleteWebhook(ctx, requireActor(request), request.params.webhookId);
      return reply.status(204).send(null);
    },
  );
};
