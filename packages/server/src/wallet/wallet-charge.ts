import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { priceCalculation } from '@vigilo/domain/wallet/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { currentPriceList } from './price-lists.service.ts';
import { findSubscriptionUseByKey, listSubscriptionsWithUsage } from './subscriptions.repository.ts';
import { walletSubscriptionUses } from './wallet.schema.ts';
import {
  appendMovement,
  findMovementByKey,
  walletBalanceCents as ledgerBalance,
  lockWallet,
} from './wallet-ledger.ts';

export type TChargeResult =
  | { kind: 'subscription'; subscriptionId: string; movementId: null }
  | { kind: 'wallet'; movementId: string; amountInclVatCents: number };

/** The product of a transaction vigilance calculation on movements and vouchers. */
export const vigilanceProduct = 'transaction_vigilance';

/**
 * Inside the caller's DB transaction: covers one transaction vigilance calculation by a valid
 * subscription, or debits the price incl. VAT (M9, "Pay and continue"). Idempotent per key (same key →
 * same result, no second charge). Throws AppError('insufficient_balance', { missingCents }) when neither
 * works. Serialises per organisation (audit-chain advisory lock, then the wallet row) so concurrent calls
 * can never overdraw; the caller's computation commits or rolls back with the charge.
 */
export async function chargeVigilanceCalculation(
  tx: TTx,
  actor: TActor,
  input: { idempotencyKey: string; transactionId: string; reference: string },
): Promise<TChargeResult> {
  const organisationId = actor.organisationId;
  // Namespaced, so a caller's key can never collide with a top-up's or a subscription purchase's.
  const idempotencyKey = `vigilance:${input.idempotencyKey}`;
  await lockWallet(tx, organisationId);
  const replay = await findPreviousCharge(tx, organisationId, { ...input, idempotencyKey });
  if (replay) return replay;

  const now = new Date();
  const priceList = await currentPriceList(tx, now);
  const decision = priceCalculation({
    balanceCents: await ledgerBalance(tx, organisationId),
    subscriptions: await listSubscriptionsWithUsage(tx, organisationId),
    now,
    priceList,
  });
  if (decision.kind === 'insufficient-balance') {
    throw new AppError('insufficient_balance', { missingCents: decision.missingCents });
  }
  const audit = { organisationId, actorUserId: actor.userId, ip: actor.ip } as const;
  if (decision.kind === 'covered') {
    const [use] = await tx
      .insert(walletSubscriptionUses)
      .values({
        organisationId,
        subscriptionId: decision.subscriptionId,
        transactionId: input.transactionId,
        reference: input.reference,
        userId: actor.userId,
        idempotencyKey,
      })
      .returning();
    await recordAudit(tx, {
      ...audit,
      action: 'wallet.subscription_used',
      subjectType: 'transaction',
      subjectId: input.transactionId,
      payload: { subscriptionId: decision.subscriptionId, useId: use!.id, reference: input.reference },
    });
    return { kind: 'subscription', subscriptionId: decision.subscriptionId, movementId: null };
  }
  const movement = await appendMovement(tx, {
    organisationId,
    kind: 'debit',
    product: vigilanceProduct,
    amountExclVatCents: -decision.netCents,
    vatCents: -decision.vatCents,
    vatRateBasisPoints: priceList.vatRateBasisPoints,
    priceListVersion: priceList.version,
    reference: input.reference,
    subjectType: 'transaction',
    subjectId: input.transactionId,
    userId: actor.userId,
    idempotencyKey,
  });
  await recordAudit(tx, {
    ...audit,
    action: 'wallet.debited',
    subjectType: 'wallet',
    subjectId: movement.id,
    payload: {
      product: vigilanceProduct,
      transactionId: input.transactionId,
      amountInclVatCents: movement.amountInclVatCents,
      balanceAfterCents: movement.balanceAfterCents,
      priceListVersion: priceList.version,
    },
  });
  return { kind: 'wallet', movementId: movement.id, amountInclVatCents: -movement.amountInclVatCents };
}

/** The result of an earlier call with the same key; the same key for another transaction is a bug. */
async function findPreviousCharge(
  tx: TTx,
  organisationId: string,
  input: { idempotencyKey: string; transactionId: string },
): Promise<TChargeResult | null> {
  const use = await findSubscriptionUseByKey(tx, organisationId, input.idempotencyKey);
  if (use) {
    if (use.transactionId !== input.transactionId) throw new AppError('conflict');
    return { kind: 'subscription', subscriptionId: use.subscriptionId, movementId: null };
  }
  const movement = await findMovementByKey(tx, organisationId, input.idempotencyKey);
  if (!movement) return null;
  if (movement.subjectId !== input.transactionId) throw new AppError('conflict');
  return { kind: 'wallet', movementId: movement.id, amountInclVatCents: -movement.amountInclVatCents };
}

/** The organisation's balance in cents, derived from the ledger (sum of every movement incl. VAT). */
export async function walletBalanceCents(db: TDbOrTx, organisationId: string): Promise<number> {
  return ledgerBalance(db, organisationId);
}
