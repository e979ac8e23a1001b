import type { TPaymentStatus, TTransferInstructions } from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { validateOnlineTopUp, walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { paymentProviderFor } from './payment-providers/index.ts';
import {
  PaymentProviderError,
  type TPaymentProvider,
  type TProviderPayment,
} from './payment-providers/payment-provider.ts';
import { currentPriceList } from './price-lists.service.ts';
import { assertCanSpendFromWallet } from './wallet.policy.ts';
import { paymentIntents } from './wallet.schema.ts';
import { appendMovement, ensureWallet, lockWallet } from './wallet-ledger.ts';

type TIntentRow = typeof paymentIntents.$inferSelect;

/** Records the intent of a top-up, audited, before the provider is asked for the payment. */
function recordTopUpIntent(
  ctx: TAppContext,
  actor: TActor,
  input: { provider: TPaymentProvider['name']; amountCents: number; idempotencyKey: string },
): Promise<TIntentRow> {
  return ctx.db.transaction(async (tx) => {
    // The lock order of every wallet writer (audit-chain lock, then wallet row): the intent's foreign key
    // share-locks the wallet row, and a crediting webhook holding the audit lock would otherwise deadlock.
    await lockWallet(tx, actor.organisationId);
    const [row] = await tx
      .insert(paymentIntents)
      .values({
        organisationId: actor.organisationId,
        provider: input.provider,
        status: 'open',
        amountCents: input.amountCents,
        idempotencyKey: input.idempotencyKey,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'wallet.top_up_started',
      subjectType: 'wallet',
      subjectId: row!.id,
      payload: { provider: input.provider, amountCents: input.amountCents },
      ip: actor.ip,
    });
    return row!;
  });
}

/**
 * Starts an online top-up (Bancontact / Maestro, at least the price list's minimum, €50): records the
 * intent, creates the payment with the provider and returns where to send the payer. The wallet is
 * credited only when the provider confirms the payment (webhook or return to Vigilo), once.
 */
export async function startOnlineTopUp(
  ctx: TAppContext,
  actor: TActor,
  input: { amountCents: number; idempotencyKey: string },
): Promise<{ paymentId: string; provider: string; checkoutUrl: string }> {
  assertCanSpendFromWallet(actor);
  const checked = validateOnlineTopUp(input.amountCents, await currentPriceList(ctx.db));
  if (!checked.ok && checked.error === 'below-minimum') {
    throw new AppError('top_up_below_minimum', { minimumCents: checked.minimumCents, field: 'amountCents' });
  }
  if (!checked.ok) throw new AppError('validation_failed', { field: 'amountCents' });
  const provider = paymentProviderFor(ctx);
  await ensureWallet(ctx.db, actor.organisationId);
  const idempotencyKey = `topup:${input.idempotencyKey}`;
  const [existing] = await ctx.db
    .select()
    .from(paymentIntents)
    .where(
      and(
        eq(paymentIntents.organisationId, actor.organisationId),
        eq(paymentIntents.idempotencyKey, idempotencyKey),
      ),
    );
  if (existing?.checkoutUrl) {
    return { paymentId: existing.id, provider: existing.provider, checkoutUrl: existing.checkoutUrl };
  }
  const intent =
    existing ??
    (await recordTopUpIntent(ctx, actor, {
      provider: provider.name,
      amountCents: checked.value,
      idempotencyKey,
    }));
  let payment: TProviderPayment;
  try {
    payment = await provider.createPayment({
      amountCents: intent.amountCents,
      description: `Vigilo wallet top-up ${intent.id.slice(0, 8)}`,
      redirectUrl: `${ctx.config.publicUrl}/wallet?payment=${intent.id}`,
      webhookUrl: `${ctx.config.publicUrl}/api/payments/webhook/${provider.name}`,
      metadata: { paymentId: intent.id, organisationId: actor.organisationId },
    });
  } catch (error) {
    await ctx.db
      .update(paymentIntents)
      .set({ status: 'failed', updatedAt: new Date() })
      .where(eq(paymentIntents.id, intent.id));
    throw providerError(error);
  }
  await ctx.db
    .update(paymentIntents)
    .set({
      externalId: payment.externalId,
      checkoutUrl: payment.checkoutUrl,
      status: 'open',
      updatedAt: new Date(),
    })
    .where(eq(paymentIntents.id, intent.id));
  return { paymentId: intent.id, provider: provider.name, checkoutUrl: payment.checkoutUrl ?? '' };
}

/**
 * A provider's webhook: the request only names a payment. Vigilo asks the provider for its status
 * (the request body is never trusted), then credits the wallet once. Unknown ids are ignored.
 */
export async function handlePaymentWebhook(
  ctx: TAppContext,
  providerName: string,
  externalId: string,
): Promise<void> {
  const provider = paymentProviderFor(ctx);
  if (provider.name !== providerName) throw new AppError('not_found');
  const [intent] = await ctx.db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.provider, provider.name), eq(paymentIntents.externalId, externalId)));
  if (!intent) return;
  await reconcilePayment(ctx, intent);
}

/** The status of one of my organisation's top-ups; asks the provider again while it is still open. */
export async function getTopUpStatus(
  ctx: TAppContext,
  actor: TActor,
  paymentId: string,
): Promise<TPaymentStatus> {
  const [intent] = await ctx.db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.id, paymentId), eq(paymentIntents.organisationId, actor.organisationId)));
  if (!intent) throw new AppError('not_found');
  const current =
    intent.status === 'open' && intent.externalId ? await reconcilePayment(ctx, intent) : intent;
  return {
    paymentId: current.id,
    status: current.status,
    amountCents: current.amountCents,
    credited: current.movementId !== null,
  };
}

/** Reads the payment from the provider and applies it: credit once when paid, else record the status. */
async function reconcilePayment(ctx: TAppContext, intent: TIntentRow): Promise<TIntentRow> {
  let remote: TProviderPayment;
  try {
    remote = await paymentProviderFor(ctx).getPayment(intent.externalId!);
  } catch (error) {
    throw providerError(error);
  }
  if (remote.amountCents !== intent.amountCents) {
    // Never credit an amount Vigilo did not ask for; the operator sees it in the logs and the intent.
    throw new AppError('payment_provider_error');
  }
  return ctx.db.transaction(async (tx) => {
    await lockWallet(tx, intent.organisationId);
    const [locked] = await tx
      .select()
      .from(paymentIntents)
      .where(eq(paymentIntents.id, intent.id))
      .for('update');
    if (!locked || locked.movementId) return locked ?? intent;
    if (remote.status !== 'paid') {
      const [updated] = await tx
        .update(paymentIntents)
        .set({ status: remote.status, updatedAt: new Date() })
        .where(eq(paymentIntents.id, intent.id))
        .returning();
      return updated!;
    }
    const movement = await appendMovement(tx, {
      organisationId: intent.organisationId,
      kind: 'topup',
      product: 'top_up_online',
      // A top-up is prepaid money, not a sale: VAT is due on what the wallet pays for.
      amountExclVatCents: intent.amountCents,
      vatCents: 0,
      vatRateBasisPoints: 0,
      priceListVersion: null,
      reference: intent.externalId ?? intent.id,
      subjectType: 'payment',
      subjectId: intent.id,
      userId: intent.createdBy,
      idempotencyKey: `topup:${intent.id}`,
    });
    const [updated] = await tx
      .update(paymentIntents)
      .set({ status: 'paid', movementId: movement.id, updatedAt: new Date() })
      .where(eq(paymentIntents.id, intent.id))
      .returning();
    await recordAudit(tx, {
      organisationId: intent.organisationId,
      actorUserId: intent.createdBy,
      action: 'wallet.topped_up',
      subjectType: 'wallet',
      subjectId: movement.id,
      payload: {
        source: 'online',
        provider: intent.provider,
        externalId: intent.externalId,
        amountCents: intent.amountCents,
        balanceAfterCents: movement.balanceAfterCents,
      },
    });
    return updated!;
  });
}

/** The operator's account and the organisation's own structured communication (bank-transfer top-up). */
export async function getTransferInstructions(
  ctx: TAppContext,
  actor: TActor,
): Promise<TTransferInstructions> {
  const wallet = await ensureWallet(ctx.db, actor.organisationId);
  const { operatorName, operatorIban, operatorBic } = ctx.config.payments;
  return {
    beneficiaryName: operatorName,
    iban: operatorIban,
    bic: operatorBic,
    structuredCommunication: walletStructuredCommunication(wallet.number).formatted,
  };
}

function providerError(error: unknown): unknown {
  if (error instanceof PaymentProviderError) return new AppError('payment_provider_error');
  return error;
}
