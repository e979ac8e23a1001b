import { ZDeclarationsQuery, ZDeclarationsResponse } from '@vigilo/domain/contracts/risk.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { requireActor } from '../http/session.plugin.ts';
import { listDeclarations } from './case-queue.service.ts';

/** The Declarations page's list of cases (the officer's queue, and each member's own declarations). */
export const caseQueueRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const config = { access: 'toolUser' as const };
  app.get(
    '/api/declarations',
    {
      config,
      schema: {
        tags: ['declarations'],
        querystring: ZDeclarationsQuery,
        response: { 200: ZDeclarationsResponse },
      },
    },
    async (request) =>
      listDeclarations(
        ctx,
        requireActor(request),
        request.query.filter,
        request.query.page,
        request.query.pageSize,
        request.lang,
        {
          status: request.query.status,
          olderThanDays: request.query.olderThanDays,
          declaredBy: request.query.declaredBy,
        },
      ),
  );
};
