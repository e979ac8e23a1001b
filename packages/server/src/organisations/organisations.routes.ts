import { ZSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import { ZOk } from '@vigilo/domain/contracts/common.ts';
import {
  ZActivityQuery,
  ZActivityResponse,
  ZAmlStatus,
  ZConfirmMemberRequest,
  ZCreateOrganisationRequest,
  ZJoinOrganisationRequest,
  ZMember,
  ZMemberIdParams,
  ZMembersResponse,
  ZMyMembership,
  ZMyOrganisationsResponse,
  ZOrganisation,
  ZSetActiveOrganisationRequest,
  ZStepDownRequest,
  ZUpdateMemberRequest,
  ZUpdateOrganisationRequest,
} from '@vigilo/domain/contracts/organisations.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta } from '../accounts/accounts.routes.ts';
import { presentMe } from '../accounts/accounts.service.ts';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor, requireUser } from '../http/session.plugin.ts';
import * as members from './members.service.ts';
import { memberships } from './organisations.schema.ts';
import * as orgs from './organisations.service.ts';

registerOwnershipRule('memberId', memberships);

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const organisationsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['organisations'];

  app.get(
    '/api/organisations',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: ZMyOrganisationsResponse } } },
    async (request) =>
      orgs.listMyOrganisations(ctx, requireUser(request), request.session?.activeOrganisationId ?? null),
  );

  app.post(
    '/api/organisations',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: ZCreateOrganisationRequest, response: { 201: ZMyMembership } },
    },
    async (request, reply) => {
      const created = await orgs.createOrganisation(
        ctx,
        requireUser(request),
        request.session!.id,
        request.body,
        requestMeta(request),
      );
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/organisations/join',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: ZJoinOrganisationRequest, response: { 201: ZMyMembership } },
    },
    async (request, reply) => {
      const joined = await orgs.joinOrganisation(
        ctx,
        requireUser(request),
        request.body,
        requestMeta(request),
      );
      return reply.status(201).send(joined);
    },
  );

  app.put(
    '/api/session/active-organisation',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: ZSetActiveOrganisationRequest, response: { 200: ZSessionResponse } },
    },
    async (request) => {
      const user = requireUser(request);
      await orgs.switchActiveOrganisation(
        ctx,
        user,
        request.session!.id,
        request.body.organisationId,
        requestMeta(request),
      );
      return {
        user: await presentMe(ctx, user),
        csrfToken: request.session!.csrfToken,
        activeOrganisationId: request.body.organisationId,
      };
    },
  );

  app.get(
    '/api/org',
    { config: { access: 'orgMember' }, schema: { tags, response: { 200: ZOrganisation } } },
    async (request) => orgs.getActiveOrganisation(ctx, requireActor(request)),
  );

  app.patch(
    '/api/org',
    {
      config: { access: 'orgManager' },
      schema: { tags, body: ZUpdateOrganisationRequest, response: { 200: ZOrganisation } },
    },
    async (request) => orgs.updateOrganisation(ctx, requireActor(request), request.body),
  );

  app.get(
    '/api/org/members',
    { config: { access: 'orgMember' }, schema: { tags, response: { 200: ZMembersResponse } } },
    async (request) => ({ members: await members.listMembers(ctx, requireActor(request)) }),
  );

  app.post(
    '/api/org/members/:memberId/confirm',
    {
      config: { access: 'orgManager' },
      schema: { tags, params: ZMemberIdParams, body: ZConfirmMemberRequest, response: { 200: ZMember } },
    },
    async (request) =>
      members.confirmMember(ctx, requireActor(request), request.params.memberId, request.body),
  );

  app.patch(
    '/api/org/members/:memberId',
    {
      config: { access: 'orgManager' },
      schema: { tags, params: ZMemberIdParams, body: ZUpdateMemberRequest, response: { 200: ZMember } },
    },
    async (request) =>
      members.updateMember(ctx, requireActor(request), request.params.memberId, request.body),
  );

  app.delete(
    '/api/org/members/:memberId',
    { config: { access: 'orgManager' }, schema: { tags, params: ZMemberIdParams, response: { 200: ZOk } } },
    async (request) => {
      await members.removeMember(ctx, requireActor(request), request.params.memberId);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/org/aml-status',
    { config: { access: 'orgMember' }, schema: { tags, response: { 200: ZAmlStatus } } },
    async (request) => members.getAmlStatus(ctx, requireActor(request)),
  );

  app.post(
    '/api/org/officer/claim',
    { config: { access: 'orgMember' }, schema: { tags, response: { 200: ZAmlStatus } } },
    async (request) => members.claimOfficer(ctx, requireActor(request)),
  );

  app.post(
    '/api/org/officer/step-down',
    {
      config: { access: 'officer' },
      schema: { tags, body: ZStepDownRequest, response: { 200: ZAmlStatus } },
    },
    async (request) => members.stepDownOfficer(ctx, requireActor(request), request.body.to),
  );

  app.get(
    '/api/org/activity',
    {
      config: { access: 'orgManager' },
      schema: { tags, querystring: ZActivityQuery, response: { 200: ZActivityResponse } },
    },
    async (request) =>
      members.listActivity(ctx, requireActor(request), request.query.page, request.query.pageSize),
  );
};
