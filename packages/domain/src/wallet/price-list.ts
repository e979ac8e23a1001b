import { z } from 'zod';

/** Subscription plans sold to agencies (M9). */
export const ZSubscriptionPlan = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  /** Transaction vigilance calculations included; null = unlimited. */
  includedTransactions: z.number().int().positive().nullable(),
  netCents: z.number().int().nonnegative(),
});

/**
 * Prices are data, not code (M9): the platform administrator publishes versioned price lists.
 * Amounts are net (excl. VAT) in cents; VAT in basis points.
 */
export const ZPriceList = z
  .object({
    version: z.number().int().positive(),
    vatRateBasisPoints: z.number().int().min(0).max(10_000),
    /** Price of one transaction vigilance calculation (screening and contact profiles are free). */
    transactionVigilanceNetCents: z.number().int().nonnegative(),
    subscriptionPlans: z.array(ZSubscriptionPlan).min(1),
    subscriptionValidityMonths: z.number().int().positive(),
    /** Minimum online top-up (Bancontact / Maestro). */
    onlineTopUpMinimumCents: z.number().int().positive(),
  })
  .refine(
    (list) => new Set(list.subscriptionPlans.map((plan) => plan.code)).size === list.subscriptionPlans.length,
    {
      message: 'duplicate-plan-code',
      path: ['subscriptionPlans'],
    },
  );

/** A validated price list. */
export type PriceList = z.output<typeof ZPriceList>;
/** A subscription plan. */
export type SubscriptionPlan = z.output<typeof ZSubscriptionPlan>;

/**
 * Prices of the source service (2024): €19.00 excl. VAT per transaction vigilance calculation,
 * Bronze 20 transactions €224, Silver 100 €440, Gold unlimited €665 (excl. VAT), valid one year
 * from purchase; 21% VAT; online top-up from €50.
 */
export const DEFAULT_PRICE_LIST: PriceList = ZPriceList.parse({
  version: 1,
  vatRateBasisPoints: 2100,
  transactionVigilanceNetCents: 1900,
  subscriptionPlans: [
    { code: 'bronze', includedTransactions: 20, netCents: 22_400 },
    { code: 'silver', includedTransactions: 100, netCents: 44_000 },
    { code: 'gold', includedTransactions: null, netCents: 66_500 },
  ],
  subscriptionValidityMonths: 12,
  onlineTopUpMinimumCents: 5000,
});
