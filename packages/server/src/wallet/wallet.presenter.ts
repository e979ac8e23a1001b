import type { TWalletMovement, TWalletSubscription } from '@vigilo/domain/contracts/wallet.ts';
import { isSubscriptionActive, type Subscription } from '@vigilo/domain/wallet/index.ts';
import type { TMovementRow } from './wallet-ledger.ts';

export function presentMovement(row: TMovementRow, userName: string | null): TWalletMovement {
  return {
    id: row.id,
    voucherNo: row.voucherNo,
    kind: row.kind,
    product: row.product,
    amountExclVatCents: row.amountExclVatCents,
    vatCents: row.vatCents,
    amountInclVatCents: row.amountInclVatCents,
    vatRateBasisPoints: row.vatRateBasisPoints,
    balanceAfterCents: row.balanceAfterCents,
    reference: row.reference,
    userId: row.userId,
    userName,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentSubscription(subscription: Subscription, now = new Date()): TWalletSubscription {
  return {
    id: subscription.id,
    planCode: subscription.planCode,
    purchasedAt: subscription.purchasedAt.toISOString(),
    expiresAt: subscription.expiresAt.toISOString(),
    includedTransactions: subscription.includedTransactions,
    usedTransactions: subscription.usedTransactions,
    isActive: isSubscriptionActive(subscription, now),
  };
}

/** The product of a subscription purchase (plans are data, so products are open-ended). */
export function subscriptionProduct(planCode: string): string {
  return `subscription_${planCode}`;
}
