import { type Cents, computeVat } from '../money/index.ts';
import { DEFAULT_PRICE_LIST, type PriceList } from './price-list.ts';
import { findCoveringSubscription, type Subscription } from './subscriptions.ts';

/** Input of {@link priceCalculation}. */
export interface PriceCalculationInput {
  balanceCents: Cents;
  /** The organisation's subscriptions with their usage so far. */
  subscriptions: readonly Subscription[];
  now: Date;
  priceList?: PriceList;
}

/** What "Pay and continue" will do for one transaction vigilance calculation. */
export type PriceCalculation =
  | { kind: 'covered'; subscriptionId: string }
  | { kind: 'charge'; netCents: Cents; vatCents: Cents; grossCents: Cents; balanceAfterCents: Cents }
  | { kind: 'insufficient-balance'; grossCents: Cents; missingCents: Cents };

/**
 * Prices one transaction vigilance calculation (M9): covered by an active subscription with
 * transactions left; otherwise the wallet is debited the price incl. VAT (€19.00 + 21% = €22.99);
 * when the balance does not suffice, the calculation is refused with the missing amount.
 */
export function priceCalculation(input: PriceCalculationInput): PriceCalculation {
  const priceList = input.priceList ?? DEFAULT_PRICE_LIST;
  const covering = findCoveringSubscription(input.subscriptions, input.now);
  if (covering) return { kind: 'covered', subscriptionId: covering.id };
  const { netCents, vatCents, grossCents } = computeVat(
    priceList.transactionVigilanceNetCents,
    priceList.vatRateBasisPoints,
  );
  if (input.balanceCents < grossCents) {
    return { kind: 'insufficient-balance', grossCents, missingCents: grossCents - input.balanceCents };
  }
  return {
    kind: 'charge',
    netCents,
    vatCents,
    grossCents,
    balanceAfterCents: input.balanceCents - grossCents,
  };
}
