import {
  ZBuySubscriptionRequest,
  ZBuySubscriptionResponse,
  ZMovementIdParams,
  ZMovementListQuery,
  ZPaymentIdParams,
  ZPaymentStatus,
  ZStartTopUpRequest,
  ZStartTopUpResponse,
  ZSubscriptionsResponse,
  ZTransferInstructions,
  ZWalletResponse,
} from '@vigilo/domain/contracts/wallet.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext } from '../context.ts';
import { attachmentDisposition } from '../http/attachment-disposition.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { requireActor } from '../http/session.plugin.ts';
import { findMovementOrganisation } from './movements.repository.ts';
import * as subscriptions from './subscriptions.service.ts';
import * as topUps from './top-ups.service.ts';
import { paymentIntents } from './wallet.schema.ts';
import * as wallet from './wallet.service.ts';

registerOwnershipRule('movementId', (db, id) => findMovementOrganisation(db, id));
registerOwnershipRule('paymentId', paymentIntents);

/**
 * The organisation's wallet (M9). Every tool user reads it; buying a subscription and topping up are
 * for managers and AML officers (wallet.policy.ts), checked by the services.
 */
// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const walletRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['wallet'];

  app.get(
    '/api/wallet',
    {
      config: { access: 'toolUser' },
      schema: { tags, querystring: ZMovementListQuery, response: { 200: ZWalletResponse } },
    },
    async (request) => wallet.getWallet(ctx, requireActor(request), request.query),
  );

  app.get(
    '/api/wallet/movements.csv',
    { config: { access: 'toolUser' }, schema: { tags, querystring: ZMovementListQuery } },
    async (request, reply) => {
      const csv = await wallet.exportMovementsCsv(ctx, requireActor(request), request.query, request.lang);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', attachmentDisposition('wallet-movements.csv'))
        .header('cache-control', 'private, no-store')
        .send(csv);
    },
  );

  app.get(
    '/api/wallet/movements/:movementId/voucher.pdf',
    { config: { access: 'toolUser' }, schema: { tags, params: ZMovementIdParams } },
    async (request, reply) => {
      const voucher = await wallet.getVoucherPdf(
        ctx,
        requireActor(request),
        request.params.movementId,
        request.lang,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachmentDisposition(voucher.filename))
        .header('cache-control', 'private, no-store')
        .send(voucher.bytes);
    },
  );

  app.get(
    '/api/wallet/subscriptions',
    { config: { access: 'toolUser' }, schema: { tags, response: { 200: ZSubscriptionsResponse } } },
    async (request) => ({ subscriptions: await subscriptions.listSubscriptions(ctx, requireActor(request)) }),
  );

  app.post(
    '/api/wallet/subscriptions',
    {
      config: { access: 'toolUser' },
      schema: { tags, body: ZBuySubscriptionRequest, response: { 201: ZBuySubscriptionResponse } },
    },
    async (request, reply) =>
      reply.status(201).send(await subscriptions.buySubscription(ctx, requireActor(request), request.body)),
  );

  app.post(
    '/api/wallet/top-ups',
    {
      config: { access: 'toolUser' },
      schema: { tags, body: ZStartTopUpRequest, response: { 201: ZStartTopUpResponse } },
    },
    async (request, reply) =>
      reply.status(201).send(await topUps.startOnlineTopUp(ctx, requireActor(request), request.body)),
  );

  app.get(
    '/api/wallet/top-ups/:paymentId',
    {
      config: { access: 'toolUser' },
      schema: { tags, params: ZPaymentIdParams, response: { 200: ZPaymentStatus } },
    },
    async (request) => topUps.getTopUpStatus(ctx, requireActor(request), request.params.paymentId),
  );

  app.get(
    '/api/wallet/transfer-instructions',
    { config: { access: 'toolUser' }, schema: { tags, response: { 200: ZTransferInstructions } } },
    async (request) => topUps.getTransferInstructions(ctx, requireActor(request)),
  );
};
