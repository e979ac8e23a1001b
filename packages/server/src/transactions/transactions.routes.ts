import {
  ZDecisionRequest,
  ZHeightenedMeasuresRequest,
  ZSaveAnswersRequest,
} from '@vigilo/domain/contracts/risk.ts';
import {
  ZCreateTransactionRequest,
  ZPartyCandidatesQuery,
  ZPartyCandidatesResponse,
  ZPayRequest,
  ZTransactionDates,
  ZTransactionDetail,
  ZTransactionIdParams,
  ZTransactionListQuery,
  ZTransactionListResponse,
} from '@vigilo/domain/contracts/transactions.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findPartyCandidates } from './transaction-parties.ts';
import { transactions } from './transactions.schema.ts';
import * as service from './transactions.service.ts';

registerOwnershipRule('transactionId', transactions);

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const transactionsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['transactions'];
  const config = { access: 'toolUser' as const };

  app.get(
    '/api/transactions',
    {
      config,
      schema: { tags, querystring: ZTransactionListQuery, response: { 200: ZTransactionListResponse } },
    },
    async (request) => service.listTransactions(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/transactions/party-candidates',
    {
      config,
      schema: { tags, querystring: ZPartyCandidatesQuery, response: { 200: ZPartyCandidatesResponse } },
    },
    async (request) => ({
      items: await findPartyCandidates(ctx.db, requireActor(request).organisationId, request.query.q),
    }),
  );

  app.post(
    '/api/transactions',
    { config, schema: { tags, body: ZCreateTransactionRequest, response: { 201: ZTransactionDetail } } },
    async (request, reply) =>
      reply.status(201).send(await service.createTransaction(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/api/transactions/:transactionId',
    { config, schema: { tags, params: ZTransactionIdParams, response: { 200: ZTransactionDetail } } },
    async (request) => service.getTransaction(ctx, requireActor(request), request.params.transactionId),
  );

  app.put(
    '/api/transactions/:transactionId/answers',
    {
      config,
      schema: {
        tags,
        params: ZTransactionIdParams,
        body: ZSaveAnswersRequest,
        response: { 200: ZTransactionDetail },
      },
    },
    async (request) =>
      service.saveTransactionAnswers(
        ctx,
        requireActor(request),
        request.params.transactionId,
        request.body.answers,
      ),
  );

  app.put(
    '/api/transactions/:transactionId/dates',
    {
      config,
      schema: {
        tags,
        params: ZTransactionIdParams,
        body: ZTransactionDates,
        response: { 200: ZTransactionDetail },
      },
    },
    async (request) =>
      service.setTransactionDates(ctx, requireActor(request), request.params.transactionId, request.body),
  );

  app.post(
    '/api/transactions/:transactionId/pay-and-compute',
    {
      config,
      schema: {
        tags,
        params: ZTransactionIdParams,
        body: ZPayRequest,
        response: { 200: ZTransactionDetail },
      },
    },
    async (request) =>
      service.payAndCompute(
        ctx,
        requireActor(request),
        request.params.transactionId,
        request.body.idempotencyKey,
      ),
  );

  app.post(
    '/api/transactions/:transactionId/decision',
    {
      config,
      schema: {
        tags,
        params: ZTransactionIdParams,
        body: ZDecisionRequest,
        response: { 200: ZTransactionDetail },
      },
    },
    async (request) =>
      service.decideTransaction(ctx, requireActor(request), request.params.transactionId, request.body),
  );

  app.post(
    '/api/transactions/:transactionId/measures',
    {
      config,
      schema: {
        tags,
        params: ZTransactionIdParams,
        body: ZHeightenedMeasuresRequest,
        response: { 200: ZTransactionDetail },
      },
    },
    async (request) =>
      service.recordTransactionMeasures(
        ctx,
        requireActor(request),
        request.params.transactionId,
        request.body,
      ),
  );
};
