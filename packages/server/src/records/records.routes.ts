import { ZContactIdParams } from '@vigilo/domain/contracts/contacts.ts';
import {
  ZAuditFacets,
  ZAuditListQuery,
  ZAuditListResponse,
  ZChainVerification,
  ZContactRetention,
  ZEndRelationshipRequest,
  ZExtendRetentionRequest,
  ZLegalHoldIdParams,
  ZPlaceLegalHoldRequest,
  ZReasonRequest,
  ZRetentionListQuery,
  ZRetentionListResponse,
  ZSubjectHistoryResponse,
} from '@vigilo/domain/contracts/records.ts';
import { ZTransactionIdParams } from '@vigilo/domain/contracts/transactions.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import * as viewer from './audit-viewer.service.ts';
import { exportRoutes } from './export/export.routes.ts';
import * as legalHolds from './legal-holds.service.ts';
import { findHoldOrganisation } from './retention.repository.ts';
import * as retention from './retention.service.ts';

registerOwnershipRule('holdId', (db, id) => findHoldOrganisation(db, id));

/**
 * Records (M10): the audit viewer (managers and AML officers; the service checks the role, the route
 * only requires membership), each contact's and transaction's history (tool users), the chain
 * verification, the retention clock and legal holds (officers), and the supervisor exports.
 */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const recordsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['records'];
  const member = { access: 'orgMember' as const };
  const toolUser = { access: 'toolUser' as const };
  const officer = { access: 'officer' as const };

  app.get(
    '/api/records/audit',
    { config: member, schema: { tags, querystring: ZAuditListQuery, response: { 200: ZAuditListResponse } } },
    async (request) => viewer.listAuditEvents(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/records/audit/facets',
    { config: member, schema: { tags, response: { 200: ZAuditFacets } } },
    async (request) => viewer.listAuditFacets(ctx, requireActor(request)),
  );

  app.post(
    '/api/records/audit/verify',
    { config: member, schema: { tags, response: { 200: ZChainVerification } } },
    async (request) => viewer.verifyOrganisationChain(ctx, requireActor(request)),
  );

  app.get(
    '/api/records/contacts/:contactId/history',
    {
      config: toolUser,
      schema: { tags, params: ZContactIdParams, response: { 200: ZSubjectHistoryResponse } },
    },
    async (request) => viewer.contactHistory(ctx, requireActor(request), request.params.contactId),
  );

  app.get(
    '/api/records/transactions/:transactionId/history',
    {
      config: toolUser,
      schema: { tags, params: ZTransactionIdParams, response: { 200: ZSubjectHistoryResponse } },
    },
    async (request) => viewer.transactionHistory(ctx, requireActor(request), request.params.transactionId),
  );

  app.get(
    '/api/records/retention',
    {
      config: officer,
      schema: { tags, querystring: ZRetentionListQuery, response: { 200: ZRetentionListResponse } },
    },
    async (request) => retention.listRetention(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/records/contacts/:contactId/retention',
    { config: officer, schema: { tags, params: ZContactIdParams, response: { 200: ZContactRetention } } },
    async (request) => retention.getContactRetention(ctx, requireActor(request), request.params.contactId),
  );

  app.post(
    '/api/records/contacts/:contactId/retention/end',
    {
      config: officer,
      schema: {
        tags,
        params: ZContactIdParams,
        body: ZEndRelationshipRequest,
        response: { 200: ZContactRetention },
      },
    },
    async (request) =>
      retention.endRelationship(ctx, requireActor(request), request.params.contactId, request.body),
  );

  app.post(
    '/api/records/contacts/:contactId/retention/keep-open',
    {
      config: officer,
      schema: { tags, params: ZContactIdParams, body: ZReasonRequest, response: { 200: ZContactRetention } },
    },
    async (request) =>
      retention.keepRelationshipOpen(
        ctx,
        requireActor(request),
        request.params.contactId,
        request.body.reason,
      ),
  );

  app.post(
    '/api/records/contacts/:contactId/retention/extend',
    {
      config: officer,
      schema: {
        tags,
        params: ZContactIdParams,
        body: ZExtendRetentionRequest,
        response: { 200: ZContactRetention },
      },
    },
    async (request) =>
      retention.extendRetention(ctx, requireActor(request), request.params.contactId, request.body),
  );

  app.post(
    '/api/records/contacts/:contactId/legal-holds',
    {
      config: officer,
      schema: {
        tags,
        params: ZContactIdParams,
        body: ZPlaceLegalHoldRequest,
        response: { 200: ZContactRetention },
      },
    },
    async (request) =>
      legalHolds.placeLegalHold(ctx, requireActor(request), request.params.contactId, request.body),
  );

  app.post(
    '/api/records/legal-holds/:holdId/release',
    {
      config: officer,
      schema: {
        tags,
        params: ZLegalHoldIdParams,
        body: ZReasonRequest,
        response: { 200: ZContactRetention },
      },
    },
    async (request) =>
      legalHolds.releaseLegalHold(ctx, requireActor(request), request.params.holdId, request.body.reason),
  );

  await app.register(exportRoutes, { ctx });
};
