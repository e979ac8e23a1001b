import { describe, expect, it } from 'vitest';
import { buySubscription } from './buy-subscription.ts';
import { DEFAULT_PRICE_LIST, ZPriceList } from './price-list.ts';
import { addMonthsUtc, isSubscriptionActive } from './subscriptions.ts';

const now = new Date('2025-03-10T14:30:00Z');

describe('buySubscription', () => {
  it.each([
    ['bronze', 27_104, 20],
    ['silver', 53_240, 100],
    ['gold', 80_465, null],
  ])('sells %s for %i cents incl. VAT', (planCode, grossCents, included) => {
    const result = buySubscription({ balanceCents: 100_000, planCode, now });
    expect(result).toMatchObject({
      ok: true,
      debit: { grossCents },
      balanceAfterCents: 100_000 - grossCents,
      subscription: { planCode, includedTransactions: included, usedTransactions: 0, purchasedAt: now },
    });
  });

  it('is valid one year from purchase, not per calendar year', () => {
    const result = buySubscription({ balanceCents: 100_000, planCode: 'gold', now });
    if (!result.ok) throw new Error(result.error);
    expect(result.subscription.expiresAt.toISOString()).toBe('2026-03-10T14:30:00.000Z');
    const sub = { id: 's', ...result.subscription };
    expect(isSubscriptionActive(sub, new Date('2026-03-10T14:29:59Z'))).toBe(true);
    expect(isSubscriptionActive(sub, new Date('2026-03-10T14:30:00Z'))).toBe(false);
  });

  it('refuses an unknown plan and an insufficient balance', () => {
    expect(buySubscription({ balanceCents: 100_000, planCode: 'platinum', now })).toEqual({
      ok: false,
      error: 'unknown-plan',
    });
    expect(buySubscription({ balanceCents: 27_000, planCode: 'bronze', now })).toEqual({
      ok: false,
      error: 'insufficient-balance',
      missingCents: 104,
    });
  });
});

describe('addMonthsUtc', () => {
  it('clamps to the end of the month', () => {
    expect(addMonthsUtc(new Date('2024-02-29T08:00:00Z'), 12).toISOString()).toBe('2025-02-28T08:00:00.000Z');
    expect(addMonthsUtc(new Date('2025-01-31T00:00:00Z'), 1).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(addMonthsUtc(new Date('2025-12-15T00:00:00Z'), 1).toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });
});

describe('price list', () => {
  it('has the source prices and refuses duplicate plans', () => {
    expect(DEFAULT_PRICE_LIST.subscriptionPlans.map((p) => [p.code, p.netCents])).toEqual([
      ['bronze', 22_400],
      ['silver', 44_000],
      ['gold', 66_500],
    ]);
    const duplicate = [...DEFAULT_PRICE_LIST.subscriptionPlans, DEFAULT_PRICE_LIST.subscriptionPlans[0]];
    expect(ZPriceList.safeParse({ ...DEFAULT_PRICE_LIST, subscriptionPlans: duplicate }).success).toBe(false);
  });
});
