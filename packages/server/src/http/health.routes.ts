import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import type { listFreshness } from '../screening/sources/list-freshness.service.ts';

/** The list state comes from the screening module, handed in by app.ts: the HTTP layer imports no feature. */
export const healthRoutes: FastifyPluginAsyncZod<{
  ctx: TAppContext;
  listFreshness: typeof listFreshness;
}> = async (app, { ctx, listFreshness }) => {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.literal('ok'),
            lists: z.object({
              state: z.enum(['ok', 'stale', 'failing', 'empty']),
              sources: z.array(
                z.object({
                  source: z.string(),
                  listDate: z.string().nullable(),
                  lastSuccessAt: z.string().nullable(),
                  nextCheckAt: z.string().nullable(),
                  stale: z.boolean(),
                  failing: z.boolean(),
                }),
              ),
              countryRisk: z.object({ publishedOn: z.string().nullable(), reviewDue: z.boolean() }),
            }),
          }),
        },
      },
    },
    async () => {
      await ctx.db.execute(sql`select 1`);
      // For monitoring: the process is up (status), and separately how current the reference data are.
      const freshness = await listFreshness(ctx.db, ctx.config);
      const present = freshness.lists.filter((l) => l.listDate !== null);
      const state =
        present.length === 0
          ? ('empty' as const)
          : freshness.lists.some((l) => l.failing)
            ? ('failing' as const)
            : present.some((l) => l.stale)
              ? ('stale' as const)
              : ('ok' as const);
      return {
        status: 'ok' as const,
        database: 'ok' as const,
        lists: {
          state,
          sources: freshness.lists.map((l) => ({
            source: l.source,
            listDate: l.listDate,
            lastSuccessAt: l.lastSuccessAt,
            nextCheckAt: l.nextCheckAt,
            stale: l.stale,
            failing: l.failing,
          })),
          countryRisk: {
            publishedOn: freshness.countryRisk?.publishedOn ?? null,
            reviewDue: freshness.countryRisk?.reviewDue ?? true,
          },
        },
      };
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
