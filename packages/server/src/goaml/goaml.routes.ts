import { ZOk } from '@vigilo/domain/contracts/common.ts';
import {
  ZActivateGoAmlProfileRequest,
  ZGoAmlProfileListResponse,
  ZGoAmlProfileUpload,
  ZGoAmlReportDetail,
  ZGoAmlReportIdParams,
  ZGoAmlReportListQuery,
  ZGoAmlReportListResponse,
  ZGoAmlSettings,
  ZGoAmlSettingsResponse,
  ZOpenGoAmlReportRequest,
  ZPersonalGoAmlReportQuery,
  ZPersonalGoAmlReportResponse,
  ZRecordAnswerRequest,
  ZRecordSubmissionRequest,
  ZUpdateGoAmlTextsRequest,
} from '@vigilo/domain/contracts/goaml.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor, requireUser } from '../http/session.plugin.ts';
import { goamlReports } from './goaml.schema.ts';
import * as profiles from './goaml-profiles.service.ts';
import * as reports from './goaml-reports.service.ts';
import * as settings from './goaml-settings.service.ts';

registerOwnershipRule('goamlReportId', goamlReports);

const ZId = z.object({ id: z.string() });

/** goAML reporting to CTIF-CFI (M8): AML officers only; FIU profiles: platform administrators. */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const goamlRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['goaml'];
  const config = { access: 'officer' as const };

  app.get(
    '/api/goaml/settings',
    { config, schema: { tags, response: { 200: ZGoAmlSettingsResponse } } },
    async (request) => settings.getGoAmlSettings(ctx, requireActor(request)),
  );

  app.put(
    '/api/goaml/settings',
    { config, schema: { tags, body: ZGoAmlSettings, response: { 200: ZGoAmlSettingsResponse } } },
    async (request) => settings.updateGoAmlSettings(ctx, requireActor(request), request.body),
  );

  app.get(
    '/api/goaml/reports',
    {
      config,
      schema: { tags, querystring: ZGoAmlReportListQuery, response: { 200: ZGoAmlReportListResponse } },
    },
    async (request) =>
      reports.listGoAmlReports(ctx, requireActor(request), request.lang, request.query.subjectId),
  );

  app.post(
    '/api/goaml/reports',
    { config, schema: { tags, body: ZOpenGoAmlReportRequest, response: { 200: ZId } } },
    async (request) =>
      reports.openGoAmlReport(ctx, requireActor(request), request.body.subjectType, request.body.subjectId),
  );

  app.get(
    '/api/goaml/reports/:goamlReportId',
    { config, schema: { tags, params: ZGoAmlReportIdParams, response: { 200: ZGoAmlReportDetail } } },
    async (request) =>
      reports.getGoAmlReport(ctx, requireActor(request), request.params.goamlReportId, request.lang),
  );

  app.patch(
    '/api/goaml/reports/:goamlReportId',
    {
      config,
      schema: { tags, params: ZGoAmlReportIdParams, body: ZUpdateGoAmlTextsRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await reports.updateGoAmlTexts(ctx, requireActor(request), request.params.goamlReportId, request.body);
      return { ok: true as const };
    },
  );

  // POST, not GET: downloading moves the report to "downloaded" and keeps the file (CSRF-protected).
  app.post(
    '/api/goaml/reports/:goamlReportId/download',
    { config, schema: { tags, params: ZGoAmlReportIdParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      try {
        const file = await reports.downloadGoAmlReport(
          ctx,
          actor,
          request.params.goamlReportId,
          request.lang,
        );
        return reply
          .header('content-type', 'application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .send(file.xml);
      } catch (error) {
        if (error instanceof AppError && error.code === 'goaml_report_invalid') {
          const count = (error.details?.explained as unknown[] | undefined)?.length ?? 0;
          await reports.recordRefusedDownload(ctx, actor, request.params.goamlReportId, count);
        }
        throw error;
      }
    },
  );

  app.post(
    '/api/goaml/reports/:goamlReportId/submission',
    {
      config,
      schema: { tags, params: ZGoAmlReportIdParams, body: ZRecordSubmissionRequest, response: { 200: ZOk } },
    },
    async (request) => {
      const actor = requireActor(request);
      await reports.recordGoAmlSubmission(
        ctx,
        actor,
        request.params.goamlReportId,
        request.body,
        request.lang,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/goaml/reports/:goamlReportId/answer',
    {
      config,
      schema: { tags, params: ZGoAmlReportIdParams, body: ZRecordAnswerRequest, response: { 200: ZOk } },
    },
    async (request) => {
      const actor = requireActor(request);
      await reports.recordGoAmlAnswer(ctx, actor, request.params.goamlReportId, request.body, request.lang);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/goaml/reports/:goamlReportId/follow-up',
    { config, schema: { tags, params: ZGoAmlReportIdParams, response: { 200: ZId } } },
    async (request) => reports.createGoAmlFollowUp(ctx, requireActor(request), request.params.goamlReportId),
  );

  // The employee who reported a case personally (loi art. 48) downloads and records their own report;
  // the service answers 404 to anyone else.
  const reporter = { access: 'toolUser' as const };

  app.get(
    '/api/goaml/personal-reports',
    {
      config: reporter,
      schema: {
        tags,
        querystring: ZPersonalGoAmlReportQuery,
        response: { 200: ZPersonalGoAmlReportResponse },
      },
    },
    async (request) => reports.findPersonalGoAmlReport(ctx, requireActor(request), request.query.subjectId),
  );

  app.post(
    '/api/goaml/personal-reports/:goamlReportId/download',
    { config: reporter, schema: { tags, params: ZGoAmlReportIdParams } },
    async (request, reply) => {
      const file = await reports.downloadPersonalGoAmlReport(
        ctx,
        requireActor(request),
        request.params.goamlReportId,
        request.lang,
      );
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.xml);
    },
  );

  app.post(
    '/api/goaml/personal-reports/:goamlReportId/submission',
    {
      config: reporter,
      schema: { tags, params: ZGoAmlReportIdParams, body: ZRecordSubmissionRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await reports.recordPersonalGoAmlSubmission(
        ctx,
        requireActor(request),
        request.params.goamlReportId,
        request.body,
        request.lang,
      );
      return { ok: true as const };
    },
  );

  const admin = { access: 'platformAdmin' as const };
  const who = (request: { ip: string } & Parameters<typeof requireUser>[0]) => ({
    userId: requireUser(request).id,
    ip: request.ip,
  });

  app.get(
    '/api/admin/goaml/profiles',
    { config: admin, schema: { tags, response: { 200: ZGoAmlProfileListResponse } } },
    async () => profiles.listProfiles(ctx),
  );

  app.post(
    '/api/admin/goaml/profiles',
    // An FIU's XSD is a few hundred kilobytes; leave room above the API's 1 MB default.
    {
      config: admin,
      bodyLimit: 10 * 1024 * 1024,
      schema: { tags, body: ZGoAmlProfileUpload, response: { 201: ZId } },
    },
    async (request, reply) =>
      reply.status(201).send(await profiles.uploadProfile(ctx, who(request), request.body)),
  );

  app.post(
    '/api/admin/goaml/active-profile',
    {
      config: admin,
      schema: { tags, body: ZActivateGoAmlProfileRequest, response: { 200: ZGoAmlProfileListResponse } },
    },
    async (request) => profiles.activateProfile(ctx, who(request), request.body.profileId),
  );
};
