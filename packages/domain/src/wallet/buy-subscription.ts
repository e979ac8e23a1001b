import { type Cents, computeVat, type VatBreakdown } from '../money/index.ts';
import { DEFAULT_PRICE_LIST, type PriceList } from './price-list.ts';
import { addMonthsUtc, type Subscription } from './subscriptions.ts';

/** Input of {@link buySubscription}. */
export interface BuySubscriptionInput {
  balanceCents: Cents;
  planCode: string;
  now: Date;
  priceList?: PriceList;
}

/** Outcome of {@link buySubscription}: the debit and the new subscription (without id), or why not. */
export type BuySubscriptionResult =
  | { ok: true; debit: VatBreakdown; balanceAfterCents: Cents; subscription: Omit<Subscription, 'id'> }
  | { ok: false; error: 'unknown-plan' }
  | { ok: false; error: 'insufficient-balance'; missingCents: Cents };

/**
 * Buys a subscription from the wallet (M9): debits the plan's price incl. VAT; the subscription
 * is valid for the price list's validity (one year) from the moment of purchase.
 */
export function buySubscription(input: BuySubscriptionInput): BuySubscriptionResult {
  const priceList = input.priceList ?? DEFAULT_PRICE_LIST;
  const plan = priceList.subscriptionPlans.find((candidate) => candidate.code === input.planCode);
  if (!plan) return { ok: false, error: 'unknown-plan' };
  const debit = computeVat(plan.netCents, priceList.vatRateBasisPoints);
  if (input.balanceCents < debit.grossCents) {
    return { ok: false, error: 'insufficient-balance', missingCents: debit.grossCents - input.balanceCents };
  }
  return {
    ok: true,
    debit,
    balanceAfterCents: input.balanceCents - debit.grossCents,
    subscription: {
      planCode: plan.code,
      purchasedAt: input.now,
      expiresAt: addMonthsUtc(input.now, priceList.subscriptionValidityMonths),
      includedTransactions: plan.includedTransactions,
      usedTransactions: 0,
    },
  };
}
