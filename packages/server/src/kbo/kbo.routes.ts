import { ZKboEnterprise, ZKboImportRuns, ZKboLookupQuery } from '@vigilo/domain/contracts/kbo.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import * as kbo from './kbo.service.ts';

/**
 * KBO/BCE reference data. The lookup is read-only platform data, so any member of an organisation may use
 * it; the import itself runs only from the operator's command (`vigilo kbo import`), never on a request.
 */
export const kboRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['kbo'];

  app.get(
    '/api/kbo/enterprise',
    {
      config: { access: 'orgMember' },
      schema: { tags, querystring: ZKboLookupQuery, response: { 200: ZKboEnterprise } },
    },
    async (request) => kbo.lookupEnterprise(ctx, request.query.number, request.lang),
  );

  app.get(
    '/api/admin/kbo/imports',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZKboImportRuns } } },
    async () => kbo.listImportRuns(ctx),
  );
};
