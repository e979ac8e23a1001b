import { ZOk } from '@vigilo/domain/contracts/common.ts';
import {
  testCheckoutIdPattern,
  ZTestCheckout,
  ZTestCheckoutDecision,
  ZTestCheckoutParams,
} from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../context.ts';
import { registerOwnershipRule } from '../http/resource-ownership.ts';
import { paymentProviderFor } from './payment-providers/index.ts';
import { TestPaymentProvider } from './payment-providers/test-provider.ts';
import { handlePaymentWebhook } from './top-ups.service.ts';

// A test checkout belongs to the organisation whose top-up it pays: another organisation's id is a 404.
registerOwnershipRule(
  'externalId',
  (db, id) => TestPaymentProvider.findCheckoutOrganisation(db, id),
  testCheckoutIdPattern,
);

const ZWebhookParams = z.object({ provider: z.enum(['test', 'mollie']) });
const ZWebhookBody = z.object({ id: z.string().trim().min(1).max(100) });

/**
 * The payment providers' side: the webhook (public; its body only names a payment, whose status is
 * then read from the provider) and, with PAYMENT_PROVIDER=test, the test provider's checkout, which
 * only a member of the organisation whose top-up it pays can see and decide.
 */
export const paymentsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['payments'];
  const provider = paymentProviderFor(ctx);
  // Mollie posts `id=tr_…` form-encoded; only these routes accept that content type.
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  app.post(
    '/api/payments/webhook/:provider',
    {
      config: { access: 'public', rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: { tags, params: ZWebhookParams, body: ZWebhookBody, response: { 200: ZOk } },
    },
    async (request) => {
      await handlePaymentWebhook(ctx, request.params.provider, request.body.id);
      return { ok: true as const };
    },
  );

  if (!(provider instanceof TestPaymentProvider)) return;
  const testProvider = provider;
  app.log.warn('PAYMENT_PROVIDER=test: online top-ups are simulated and credit wallets without real money');

  app.get(
    '/api/payments/test/:externalId',
    {
      config: { access: 'orgMember' },
      schema: { tags, params: ZTestCheckoutParams, response: { 200: ZTestCheckout } },
    },
    async (request) => {
      const row = await testProvider.findCheckout(request.params.externalId);
      if (!row) throw new AppError('not_found');
      return {
        externalId: row.externalId,
        amountCents: row.amountCents,
        description: row.description,
        status: row.status,
        redirectUrl: row.redirectUrl,
      };
    },
  );

  app.post(
    '/api/payments/test/:externalId',
    {
      config: { access: 'orgMember' },
      schema: {
        tags,
        params: ZTestCheckoutParams,
        body: ZTestCheckoutDecision,
        response: { 200: ZTestCheckout },
      },
    },
    async (request) => {
      const row = await testProvider.decide(request.params.externalId, request.body.decision);
      if (!row) throw new AppError('not_found');
      // What a real provider does next: call the webhook with the id only.
      await handlePaymentWebhook(ctx, 'test', row.externalId);
      return {
        externalId: row.externalId,
        amountCents: row.amountCents,
        description: row.description,
        status: row.status,
        redirectUrl: row.redirectUrl,
      };
    },
  );
};
