import { ZKboEnterprise, ZKboImportRuns, ZKboLookupQuery } from '@vigilo/domain/contracts/kbo.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import * as kbo from './kbo.service.ts';

/**
 * The lookup is per signed-in user (not per address): a few dozen a minute is far more than filling in
 * forms needs, and stops a signed-in account from copying the extract through the API. Counted once the
 * caller is known (preHandler), so refused visitors use no one's allowance.
 */
const lookupLimit = {
  max: 30,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (request: FastifyRequest) => `kbo:${request.user?.id ?? request.ip}`,
};

/**
 * KBO/BCE reference data. The lookup reads public platform data only (the FPS Economy open-data extract,
 * no tenant's record): it takes no organisation and answers the same to everyone, so any signed-in user
 * may use it — also one signing their agency up, who belongs to no organisation yet. The import itself
 * runs only from the operator's command (`vigilo kbo import`), never on a request.
 */
export const kboRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['kbo'];

  app.get(
    '/api/kbo/enterprise',
    {
      config: { access: 'authenticated', rateLimit: lookupLimit },
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
