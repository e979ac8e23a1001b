import {
  ZAnnualReportIdParams,
  ZAnnualReportQuery,
  ZAnnualReportResponse,
  ZCreateTrainingRequest,
  ZPdfQuery,
  ZRiskAssessmentIdParams,
  ZRiskAssessmentResponse,
  ZSaveAnnualReportRequest,
  ZSaveRiskAssessmentRequest,
  ZTrainingIdParams,
  ZTrainingsQuery,
  ZTrainingsResponse,
} from '@vigilo/domain/contracts/officer-reports.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import * as annual from './annual-report.service.ts';
import { amlTrainings, annualReports, riskAssessments } from './officer-reports.schema.ts';
import * as assessment from './risk-assessment.service.ts';

registerOwnershipRule('annualReportId', annualReports);
registerOwnershipRule('riskAssessmentId', riskAssessments);
registerOwnershipRule('trainingId', amlTrainings);

const ZCreated = z.object({ id: z.string(), versionNo: z.number().optional() });

/** The AML officer's annual report, training log and overall risk assessment: officers only. */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const officerReportsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['officer-reports'];
  const config = { access: 'officer' as const };

  app.get(
    '/api/officer-reports/annual',
    { config, schema: { tags, querystring: ZAnnualReportQuery, response: { 200: ZAnnualReportResponse } } },
    async (request) => annual.getAnnualReport(ctx, requireActor(request), request.query.year),
  );

  app.post(
    '/api/officer-reports/annual',
    { config, schema: { tags, body: ZSaveAnnualReportRequest, response: { 201: ZCreated } } },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await annual.saveAnnualReport(
            ctx,
            requireActor(request),
            request.body.year,
            request.body.narrative,
          ),
        ),
  );

  app.get(
    '/api/officer-reports/annual/:annualReportId/pdf',
    { config, schema: { tags, params: ZAnnualReportIdParams, querystring: ZPdfQuery } },
    async (request, reply) => {
      const lang = request.query.lang ?? request.lang;
      const { pdf, filename } = await annual.annualReportPdf(
        ctx,
        requireActor(request),
        request.params.annualReportId,
        lang,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/officer-reports/trainings',
    { config, schema: { tags, querystring: ZTrainingsQuery, response: { 200: ZTrainingsResponse } } },
    async (request) => annual.listTrainings(ctx, requireActor(request), request.query.year),
  );

  app.post(
    '/api/officer-reports/trainings',
    { config, schema: { tags, body: ZCreateTrainingRequest, response: { 201: ZCreated } } },
    async (request, reply) =>
      reply.status(201).send(await annual.recordTraining(ctx, requireActor(request), request.body)),
  );

  app.delete(
    '/api/officer-reports/trainings/:trainingId',
    { config, schema: { tags, params: ZTrainingIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await annual.deleteTraining(ctx, requireActor(request), request.params.trainingId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/officer-reports/risk-assessment',
    { config, schema: { tags, response: { 200: ZRiskAssessmentResponse } } },
    async (request) => assessment.getRiskAssessment(ctx, requireActor(request)),
  );

  app.post(
    '/api/officer-reports/risk-assessment',
    { config, schema: { tags, body: ZSaveRiskAssessmentRequest, response: { 201: ZCreated } } },
    async (request, reply) =>
      reply.status(201).send(await assessment.saveRiskAssessment(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/api/officer-reports/risk-assessment/:riskAssessmentId/pdf',
    { config, schema: { tags, params: ZRiskAssessmentIdParams, querystring: ZPdfQuery } },
    async (request, reply) => {
      const lang = request.query.lang ?? request.lang;
      const { pdf, filename } = await assessment.riskAssessmentPdf(
        ctx,
        requireActor(request),
        request.params.riskAssessmentId,
        lang,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(pdf);
    },
  );
};
