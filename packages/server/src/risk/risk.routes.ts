import { ZContactIdParams } from '@vigilo/domain/contracts/contacts.ts';
import {
  ZCaseOfficersResponse,
  ZCreateRiskProfileRequest,
  ZDecisionRequest,
  ZHeightenedMeasuresRequest,
  ZManagerApprovalRequest,
  ZPolicyResponse,
  ZRiskProfile,
  ZRiskProfileIdParams,
  ZRiskProfileListResponse,
  ZSaveAnswersRequest,
} from '@vigilo/domain/contracts/risk.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { listCaseOfficers } from '../declarations/declarations.service.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { getPolicy, updatePolicy } from './policy.service.ts';
import { reviewRoutes } from './reviews.routes.ts';
import { riskProfiles } from './risk.schema.ts';
import * as profiles from './risk-profiles.service.ts';

registerOwnershipRule('profileId', riskProfiles);

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const riskRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['risk'];
  const config = { access: 'toolUser' as const };
  await app.register(reviewRoutes, { ctx });

  app.get(
    '/api/contacts/:contactId/risk-profiles',
    { config, schema: { tags, params: ZContactIdParams, response: { 200: ZRiskProfileListResponse } } },
    async (request) => profiles.listRiskProfiles(ctx, requireActor(request), request.params.contactId),
  );

  app.post(
    '/api/contacts/:contactId/risk-profiles',
    {
      config,
      schema: {
        tags,
        params: ZContactIdParams,
        body: ZCreateRiskProfileRequest,
        response: { 201: ZRiskProfile },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await profiles.createRiskProfile(
            ctx,
            requireActor(request),
            request.params.contactId,
            request.body.role,
          ),
        ),
  );

  app.get(
    '/api/risk-profiles/:profileId',
    { config, schema: { tags, params: ZRiskProfileIdParams, response: { 200: ZRiskProfile } } },
    async (request) => profiles.getRiskProfile(ctx, requireActor(request), request.params.profileId),
  );

  app.put(
    '/api/risk-profiles/:profileId/answers',
    {
      config,
      schema: {
        tags,
        params: ZRiskProfileIdParams,
        body: ZSaveAnswersRequest,
        response: { 200: ZRiskProfile },
      },
    },
    async (request) =>
      profiles.saveAnswers(ctx, requireActor(request), request.params.profileId, request.body.answers),
  );

  app.post(
    '/api/risk-profiles/:profileId/compute',
    { config, schema: { tags, params: ZRiskProfileIdParams, response: { 200: ZRiskProfile } } },
    async (request) => profiles.computeRiskProfile(ctx, requireActor(request), request.params.profileId),
  );

  app.post(
    '/api/risk-profiles/:profileId/decision',
    {
      config,
      schema: { tags, params: ZRiskProfileIdParams, body: ZDecisionRequest, response: { 200: ZRiskProfile } },
    },
    async (request) =>
      profiles.decideRiskProfile(ctx, requireActor(request), request.params.profileId, request.body),
  );

  app.post(
    '/api/risk-profiles/:profileId/measures',
    {
      config,
      schema: {
        tags,
        params: ZRiskProfileIdParams,
        body: ZHeightenedMeasuresRequest,
        response: { 200: ZRiskProfile },
      },
    },
    async (request) =>
      profiles.recordProfileMeasures(ctx, requireActor(request), request.params.profileId, request.body),
  );

  // A manager of the organisation (senior management, loi art. 41 §1), checked by the service.
  app.post(
    '/api/risk-profiles/:profileId/manager-approval',
    {
      config,
      schema: {
        tags,
        params: ZRiskProfileIdParams,
        body: ZManagerApprovalRequest,
        response: { 200: ZRiskProfile },
      },
    },
    async (request) =>
      profiles.approveProfileAsManager(
        ctx,
        requireActor(request),
        request.params.profileId,
        request.body.comment,
      ),
  );

  app.get(
    '/api/declarations/officers',
    { config, schema: { tags: ['declarations'], response: { 200: ZCaseOfficersResponse } } },
    async (request) => listCaseOfficers(ctx, requireActor(request)),
  );

  app.get(
    '/api/policy',
    { config, schema: { tags: ['policy'], response: { 200: ZPolicyResponse } } },
    async (request) => getPolicy(ctx, requireActor(request)),
  );

  app.put(
    '/api/policy',
    {
      config: { access: 'officer' },
      schema: {
        tags: ['policy'],
        body: z.object({ policy: z.record(z.string(), z.unknown()) }),
        response: { 200: ZPolicyResponse },
      },
    },
    async (request) => updatePolicy(ctx, requireActor(request), request.body.policy),
  );
};
