import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }) },
      },
    },
    async () => {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );

  // The benchmarks' ceiling (docs/PERFORMANCE.md): the least an authenticated route costs — the session
  // plugin's lookup and nothing else — measured next to the real endpoints in the same run.
  app.get(
    '/api/health/session',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['health'], response: { 200: z.object({ userId: z.string() }) } },
    },
    async (request) => ({ userId: request.user!.id }),
  );
};
