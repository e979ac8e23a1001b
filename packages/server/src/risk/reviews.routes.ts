import { ZReviewsResponse } from '@vigilo/domain/contracts/reviews.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { requireActor } from '../http/session.plugin.ts';
import { listReviews } from './periodic-review.service.ts';

/** Periodic reviews due within 30 days and overdue (issue 14, item 9): every tool user of the agency. */
export const reviewRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/reviews',
    { config: { access: 'toolUser' }, schema: { tags: ['risk'], response: { 200: ZReviewsResponse } } },
    async (request) => listReviews(ctx, requireActor(request)),
  );
};
