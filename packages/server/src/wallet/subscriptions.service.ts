import type { TWalletMovement, TWalletSubscription } from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { buySubscription as priceSubscription } from '@vigilo/domain/wallet/index.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { currentPriceList } from './price-lists.service.ts';
import { listSubscriptionsWithUsage } from './subscriptions.repository.ts';
import { assertCanSpendFromWallet } from './wallet.policy.ts';
import { presentMovement, presentSubscription, subscriptionProduct } from './wallet.presenter.ts';
import { walletSubscriptions } from './wallet.schema.ts';
import { appendMovement, findMovementByKey, lockWallet, walletBalanceCents } from './wallet-ledger.ts';

export async function listSubscriptions(ctx: TAppContext, actor: TActor): Promise<TWalletSubscription[]> {
  const now = new Date();
  const rows = await listSubscriptionsWithUsage(ctx.db, actor.organisationId);
  return rows.map((row) => presentSubscription(row, now));
}

/**
 * Buys a subscription from the wallet (M9): the plan's price incl. VAT is debited and the subscription
 * is valid one year from now. One click, one purchase: the idempotency key makes a retried or doubled
 * request return the first purchase.
 */
export async function buySubscription(
  ctx: TAppContext,
  actor: TActor,
  input: { planCode: string; idempotencyKey: string },
): Promise<{ subscription: TWalletSubscription; movement: TWalletMovement }> {
  assertCanSpendFromWallet(actor);
  const organisationId = actor.organisationId;
  const idempotencyKey = `subscription:${input.idempotencyKey}`;
  const result = await ctx.db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    const earlier = await findMovementByKey(tx, organisationId, idempotencyKey);
    if (earlier) return { movement: earlier, subscriptionId: earlier.subjectId! };
    const now = new Date();
    const priceList = await currentPriceList(tx, now);
    const priced = priceSubscription({
      balanceCents: await walletBalanceCents(tx, organisationId),
      planCode: input.planCode,
      now,
      priceList,
    });
    if (!priced.ok && priced.error === 'unknown-plan')
      throw new AppError('unknown_plan', { field: 'planCode' });
    if (!priced.ok) throw new AppError('insufficient_balance', { missingCents: priced.missingCents });
    const subscriptionId = crypto.randomUUID();
    const movement = await appendMovement(tx, {
      organisationId,
      kind: 'subscription_purchase',
      product: subscriptionProduct(priced.subscription.planCode),
      amountExclVatCents: -priced.debit.netCents,
      vatCents: -priced.debit.vatCents,
      vatRateBasisPoints: priced.debit.rateBasisPoints,
      priceListVersion: priceList.version,
      reference: priced.subscription.planCode,
      subjectType: 'subscription',
      subjectId: subscriptionId,
      userId: actor.userId,
      idempotencyKey,
    });
    await tx.insert(walletSubscriptions).values({
      id: subscriptionId,
      organisationId,
      planCode: priced.subscription.planCode,
      includedTransactions: priced.subscription.includedTransactions,
      purchasedAt: priced.subscription.purchasedAt,
      expiresAt: priced.subscription.expiresAt,
      priceListVersion: priceList.version,
      purchaseMovementId: movement.id,
    });
    await recordAudit(tx, {
      organisationId,
      actorUserId: actor.userId,
      action: 'wallet.subscription_bought',
      subjectType: 'wallet',
      subjectId: movement.id,
      payload: {
        subscriptionId,
        planCode: priced.subscription.planCode,
        amountInclVatCents: movement.amountInclVatCents,
        balanceAfterCents: movement.balanceAfterCents,
        expiresAt: priced.subscription.expiresAt.toISOString(),
        priceListVersion: priceList.version,
      },
      ip: actor.ip,
    });
    return { movement, subscriptionId };
  });
  const subscription = (await listSubscriptionsWithUsage(ctx.db, organisationId)).find(
    (s) => s.id === result.subscriptionId,
  )!;
  const names = await userNamesByIds(ctx.db, [actor.userId]);
  return {
    subscription: presentSubscription(subscription),
    movement: presentMovement(result.movement, names.get(actor.userId) ?? null),
  };
}
