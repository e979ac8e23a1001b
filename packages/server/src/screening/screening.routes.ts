import multipart from '@fastify/multipart';
import { ZIsoDate, ZOk } from '@vigilo/domain/contracts/common.ts';
import { ZContactIdParams } from '@vigilo/domain/contracts/contacts.ts';
import { ZFreezeDutiesResponse, ZRecordFreezeDutyRequest } from '@vigilo/domain/contracts/screening.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { desc, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor, requireUser } from '../http/session.plugin.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { currentCountryRisk, publishCountryRisk } from './country-risk.service.ts';
import { listFreezeDuties, recordFreezeDuty } from './freeze-duties.service.ts';
import { importList } from './list-import.ts';
import { listVersions, screeningHits } from './screening.schema.ts';
import * as screening from './screening.service.ts';
import { listCheckJob } from './sources/list-check-job.ts';
import { listFreshness, listSourcesPanel } from './sources/list-freshness.service.ts';

registerOwnershipRule('hitId', screeningHits);

const ZHitIdParams = z.object({ hitId: z.string().uuid() });
const ZDisposition = z.object({
  disposition: z.enum(['true_match', 'false_positive']),
  reason: z.string().trim().min(1).max(2000),
});
const ZScreeningDecision = z.object({
  decision: z.enum(['accept', 'refuse']),
  motivation: z.string().trim().max(4000).default(''),
});
const ZCountryCodes = z
  .array(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/),
  )
  .max(250);
const ZCountryRiskInput = z.object({
  publishedOn: ZIsoDate,
  fatfCallForAction: ZCountryCodes,
  fatfIncreasedMonitoring: ZCountryCodes,
  euHighRiskThirdCountries: ZCountryCodes,
});
const ZAny = z.record(z.string(), z.unknown());

/**
 * Upload sizes of the real files with room to spare: an agency's watch list of 100,000 rows is about
 * 12 MB of CSV; the largest official list (the EU's consolidated XML) is about 30 MB.
 */
export const maxWatchlistBytes = 25 * 1024 * 1024;
export const maxOfficialListBytes = 100 * 1024 * 1024;

async function uploadedFile(request: FastifyRequest, maxBytes: number) {
  const file = await request.file({
    limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1_000 },
  });
  if (!file) throw new AppError('validation_failed', { fields: [{ field: 'file', code: 'required' }] });
  const source = (file.fields.source as { value?: string } | undefined)?.value?.trim() || undefined;
  return { stream: file.file, source };
}

function presentVersion(v: typeof listVersions.$inferSelect) {
  return {
    id: v.id,
    source: v.source,
    format: v.format,
    listDate: v.listDate,
    checksum: v.checksum,
    counts: v.counts,
    diff: v.diff,
    importedAt: v.importedAt.toISOString(),
  };
}

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const screeningRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['screening'];
  const config = { access: 'toolUser' as const };
  await app.register(multipart, {
    limits: { fileSize: maxOfficialListBytes, files: 1, fields: 5, parts: 6, fieldSize: 1_000 },
  });

  app.get(
    '/api/contacts/:contactId/screening',
    { config, schema: { tags, params: ZContactIdParams, response: { 200: ZAny } } },
    async (request) => screening.getContactScreening(ctx, requireActor(request), request.params.contactId),
  );

  app.post(
    '/api/contacts/:contactId/screening',
    { config, schema: { tags, params: ZContactIdParams, response: { 200: ZAny } } },
    async (request) => screening.rescreenContact(ctx, requireActor(request), request.params.contactId),
  );

  app.post(
    '/api/contacts/:contactId/screening-decision',
    { config, schema: { tags, params: ZContactIdParams, body: ZScreeningDecision, response: { 200: ZOk } } },
    async (request) => {
      await screening.decideAfterScreening(
        ctx,
        requireActor(request),
        request.params.contactId,
        request.body,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/screening/hits/:hitId/disposition',
    { config, schema: { tags, params: ZHitIdParams, body: ZDisposition, response: { 200: ZAny } } },
    async (request) =>
      screening.dispositionHit(ctx, requireActor(request), request.params.hitId, request.body),
  );

  // What a confirmed asset-freeze match calls for: the report to CTIF-CFI and the Treasury notification.
  app.get(
    '/api/contacts/:contactId/freeze-duties',
    { config, schema: { tags, params: ZContactIdParams, response: { 200: ZFreezeDutiesResponse } } },
    async (request) => listFreezeDuties(ctx, requireActor(request), request.params.contactId),
  );

  app.post(
    '/api/screening/hits/:hitId/freeze-duties',
    {
      config: { access: 'officer' as const },
      schema: {
        tags,
        params: ZHitIdParams,
        body: ZRecordFreezeDutyRequest,
        response: { 200: ZFreezeDutiesResponse },
      },
    },
    async (request) => recordFreezeDuty(ctx, requireActor(request), request.params.hitId, request.body),
  );

  app.get('/api/screening/new-hits', { config, schema: { tags, response: { 200: ZAny } } }, async (request) =>
    screening.listNewHits(ctx, requireActor(request)),
  );

  app.post(
    '/api/screening/watchlist',
    {
      config: { access: 'officer' },
      schema: { tags, consumes: ['multipart/form-data'], response: { 201: ZAny } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { stream } = await uploadedFile(request, maxWatchlistBytes);
      const { version, unchanged } = await importList(ctx.db, stream, {
        organisationId: actor.organisationId,
        importedBy: actor.userId,
        ip: actor.ip,
        source: 'watchlist',
        expectFormat: 'watchlist-csv',
      });
      return reply.status(201).send({ version: presentVersion(version), unchanged });
    },
  );

  app.get(
    '/api/admin/lists',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZAny } } },
    async () => {
      const rows = await ctx.db
        .select()
        .from(listVersions)
        .where(isNull(listVersions.organisationId))
        .orderBy(desc(listVersions.importedAt))
        .limit(100);
      return { versions: rows.map(presentVersion) };
    },
  );

  app.post(
    '/api/admin/lists',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, consumes: ['multipart/form-data'], response: { 201: ZAny } },
    },
    async (request, reply) => {
      const { stream, source } = await uploadedFile(request, maxOfficialListBytes);
      const { version, unchanged } = await importList(ctx.db, stream, {
        organisationId: null,
        importedBy: requireUser(request).id,
        ip: request.ip,
        ...(source ? { source } : {}),
      });
      return reply.status(201).send({ version: presentVersion(version), unchanged });
    },
  );

  // What officers must know before trusting a screening: dates of the lists, checks, warnings.
  app.get('/api/screening/freshness', { config, schema: { tags, response: { 200: ZAny } } }, async () =>
    listFreshness(ctx.db, ctx.config),
  );

  app.get(
    '/api/admin/list-sources',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZAny } } },
    async () => listSourcesPanel(ctx.db, ctx.config),
  );

  app.post(
    '/api/admin/list-sources/check',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 202: ZOk } } },
    async (request, reply) => {
      // A check now, beside the periodic one (which stays on its schedule).
      await enqueueJob(
        ctx.db,
        listCheckJob,
        { manual: true },
        { dedupeKey: `manual:${request.id}:${Date.now()}`, maxAttempts: 1 },
      );
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.get(
    '/api/admin/country-risk',
    { config: { access: 'platformAdmin' }, schema: { tags, response: { 200: ZAny } } },
    async () => ({
      current: await currentCountryRisk(ctx.db),
    }),
  );

  app.post(
    '/api/admin/country-risk',
    {
      config: { access: 'platformAdmin' },
      schema: { tags, body: ZCountryRiskInput, response: { 200: ZAny } },
    },
    async (request) => {
      await publishCountryRisk(ctx.db, requireUser(request).id, request.body, request.ip);
      return { current: await currentCountryRisk(ctx.db) };
    },
  );
};
