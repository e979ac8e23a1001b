import {
  ZBeneficialOwnerVerificationRequest,
  ZContactData,
  ZContactDetail,
  ZContactIdParams,
  ZContactListQuery,
  ZContactListResponse,
  ZContactSaveQuery,
  ZContactVersion,
  ZContactVersionParams,
  ZDueDiligence,
  ZPepAssessmentRequest,
  ZUboDiscrepancyReportRequest,
  ZUboRegisterExtractRequest,
} from '@vigilo/domain/contracts/contacts.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { acceptanceDocument } from './acceptance-document.service.ts';
import { recordPepAssessment } from './contact-pep.ts';
import { contacts } from './contacts.schema.ts';
import * as service from './contacts.service.ts';
import * as dueDiligence from './due-diligence.service.ts';

registerOwnershipRule('contactId', contacts);

/** `?source=kbo`: the entity was filled in from the KBO; its labels are read in the user's language. */
const saveOptions = (query: { source?: 'kbo' }, lang: 'fr' | 'nl' | 'en'): service.TSaveOptions => ({
  kboSource: query.source === 'kbo',
  lang,
});

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
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
    {
      config,
      schema: { tags, querystring: ZContactSaveQuery, body: ZContactData, response: { 201: ZContactDetail } },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.createContact(
            ctx,
            requireActor(request),
            request.body,
            saveOptions(request.query, request.lang),
          ),
        ),
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
      schema: {
        tags,
        params: ZContactIdParams,
        querystring: ZContactSaveQuery,
        body: ZContactData,
        response: { 200: ZContactDetail },
      },
    },
    async (request) =>
      service.updateContact(
        ctx,
        requireActor(request),
        request.params.contactId,
        request.body,
        saveOptions(request.query, request.lang),
      ),
  );

  // The AML officer's alone: it ends a former PEP's heightened vigilance (loi art. 41).
  app.post(
    '/api/contacts/:contactId/pep-assessment',
    {
      config: { access: 'officer' },
      schema: {
        tags,
        params: ZContactIdParams,
        body: ZPepAssessmentRequest,
        response: { 200: ZContactDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await recordPepAssessment(ctx, actor, request.params.contactId, request.body.assessment);
      return service.getContactDetail(ctx, actor, request.params.contactId);
    },
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
          'The acceptance document (PDF): identification and screening of a contact version; never a declaration (tipping-off ban, law of 18 September 2017 art. 55).',
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

  // Due diligence (issue 14, items 4 and 8): each record answers with the contact's due diligence as it is now.
  const dueDiligenceRoute = <TBody extends z.ZodTypeAny>(
    path: string,
    body: TBody,
    record: (
      ctx: TAppContext,
      actor: ReturnType<typeof requireActor>,
      contactId: string,
      input: z.infer<TBody>,
    ) => Promise<void>,
  ) =>
    app.post(
      path,
      { config, schema: { tags, params: ZContactIdParams, body, response: { 201: ZDueDiligence } } },
      async (request, reply) => {
        const actor = requireActor(request);
        await record(ctx, actor, request.params.contactId, request.body as z.infer<TBody>);
        return reply
          .status(201)
          .send(await dueDiligence.currentDueDiligence(ctx, actor, request.params.contactId));
      },
    );
  dueDiligenceRoute(
    '/api/contacts/:contactId/beneficial-owner-verifications',
    ZBeneficialOwnerVerificationRequest,
    dueDiligence.verifyBeneficialOwner,
  );
  dueDiligenceRoute(
    '/api/contacts/:contactId/ubo-register-extracts',
    ZUboRegisterExtractRequest,
    dueDiligence.recordUboRegisterExtract,
  );
  dueDiligenceRoute(
    '/api/contacts/:contactId/ubo-discrepancy-reports',
    ZUboDiscrepancyReportRequest,
    dueDiligence.recordUboDiscrepancyReport,
  );
};
