import { describe, expect, it } from 'vitest';
import { priceCalculation } from './price-calculation.ts';
import { DEFAULT_PRICE_LIST, ZPriceList } from './price-list.ts';
import type { Subscription } from './subscriptions.ts';

const now = new Date('2025-06-15T10:00:00Z');
const subscription = (overrides: Partial<Subscription>): Subscription => ({
  id: 'sub-1',
  planCode: 'bronze',
  purchasedAt: new Date('2025-01-10T09:00:00Z'),
  expiresAt: new Date('2026-01-10T09:00:00Z'),
  includedTransactions: 20,
  usedTransactions: 0,
  ...overrides,
});

describe('priceCalculation', () => {
  it('charges €22.99 incl. VAT without subscription', () => {
    expect(priceCalculation({ balanceCents: 5000, subscriptions: [], now })).toEqual({
      kind: 'charge',
      netCents: 1900,
      vatCents: 399,
      grossCents: 2299,
      balanceAfterCents: 2701,
    });
  });

  it('accepts a balance of exactly the price, refuses one cent less with the missing amount', () => {
    expect(priceCalculation({ balanceCents: 2299, subscriptions: [], now })).toMatchObject({
      kind: 'charge',
      balanceAfterCents: 0,
    });
    expect(priceCalculation({ balanceCents: 2298, subscriptions: [], now })).toEqual({
      kind: 'insufficient-balance',
      grossCents: 2299,
      missingCents: 1,
    });
    expect(priceCalculation({ balanceCents: -100, subscriptions: [], now })).toMatchObject({
      missingCents: 2399,
    });
  });

  it('is covered by an active subscription with transactions left, whatever the balance', () => {
    expect(
      priceCalculation({ balanceCents: 0, subscriptions: [subscription({ usedTransactions: 19 })], now }),
    ).toEqual({
      kind: 'covered',
      subscriptionId: 'sub-1',
    });
  });

  it('charges when the quota is used up or the subscription expired', () => {
    const usedUp = subscription({ usedTransactions: 20 });
    const expired = subscription({ id: 'old', expiresAt: new Date('2025-06-15T10:00:00Z') });
    const future = subscription({ id: 'future', purchasedAt: new Date('2025-07-01T00:00:00Z') });
    expect(
      priceCalculation({ balanceCents: 10_000, subscriptions: [usedUp, expired, future], now }).kind,
    ).toBe('charge');
  });

  it('uses the subscription that expires first, then limited before unlimited', () => {
    const gold = subscription({
      id: 'gold',
      planCode: 'gold',
      includedTransactions: null,
      expiresAt: new Date('2025-12-01T00:00:00Z'),
    });
    const silver = subscription({
      id: 'silver',
      planCode: 'silver',
      includedTransactions: 100,
      expiresAt: new Date('2026-03-01T00:00:00Z'),
    });
    expect(priceCalculation({ balanceCents: 0, subscriptions: [silver, gold], now })).toEqual({
      kind: 'covered',
      subscriptionId: 'gold',
    });
    const sameDay = new Date('2025-12-01T00:00:00Z');
    const bronze = subscription({ id: 'z-bronze', expiresAt: sameDay });
    expect(
      priceCalculation({ balanceCents: 0, subscriptions: [{ ...gold, expiresAt: sameDay }, bronze], now }),
    ).toEqual({
      kind: 'covered',
      subscriptionId: 'z-bronze',
    });
  });

  it('reads prices from the price list', () => {
    const priceList = ZPriceList.parse({
      ...DEFAULT_PRICE_LIST,
      version: 2,
      transactionVigilanceNetCents: 2500,
    });
    expect(priceCalculation({ balanceCents: 10_000, subscriptions: [], now, priceList })).toMatchObject({
      grossCents: 3025,
    });
  });
});
