import {
  ZContactData,
  ZContactDetail,
  ZContactIdParams,
  ZContactListQuery,
  ZContactListResponse,
  ZContactVersion,
  ZContactVersionParams,
} from '@vigilo/domain/contracts/contacts.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { acceptanceDocument } from './acceptance-document.service.ts';
import { contacts } from './contacts.schema.ts';
import * as service from './contacts.service.ts';

registerOwnershipRule('contactId', contacts);

export const contactsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['contacts'];
  const config = { access: 'toolUser' as const };

  app.get(
    '/api/contacts',
    { config, schema: { tags, querystring: ZContactListQuery, response: { 200: ZContactListResponse } } },
    async (request) => service.listContacts(ctx, requireActor(request), request.query),
  );

  app.post(
    '/api/contacts',
    { config, schema: { tags, body: ZContactData, response: { 201: ZContactDetail } } },
    async (request, reply) =>
      reply.status(201).send(await service.createContact(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/api/contacts/:contactId',
    { config, schema: { tags, params: ZContactIdParams, response: { 200: ZContactDetail } } },
    async (request) => service.viewContact(ctx, requireActor(request), request.params.contactId),
  );

  app.put(
    '/api/contacts/:contactId',
    {
      config,
      schema: { tags, params: ZContactIdParams, body: ZContactData, response: { 200: ZContactDetail } },
    },
    async (request) =>
      service.updateContact(ctx, requireActor(request), request.params.contactId, request.body),
  );

  app.get(
    '/api/contacts/:contactId/acceptance.pdf',
    {
      config,
      schema: {
        tags,
        params: ZContactIdParams,
        querystring: z.object({ versionNo: z.coerce.number().int().min(1).optional() }),
        description:
          'The acceptance document (PDF): identification and screening of a contact version; never a declaration (art. 29).',
      },
    },
    async (request, reply) => {
      const { pdf, filename } = await acceptanceDocument(
        ctx,
        requireActor(request),
        request.params.contactId,
        request.query.versionNo,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/contacts/:contactId/versions/:versionNo',
    { config, schema: { tags, params: ZContactVersionParams, response: { 200: ZContactVersion } } },
    async (request) =>
      service.viewContactVersion(
        ctx,
        requireActor(request),
        request.params.contactId,
        request.params.versionNo,
      ),
  );
};
