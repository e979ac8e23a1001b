import type { TWalletSubscription } from '@vigilo/domain/contracts/wallet.ts';
import { describe, expect, it } from 'vitest';
import { coveringSubscription } from './transaction-price.ts';

function subscription(over: Partial<TWalletSubscription>): TWalletSubscription {
  return {
    id: 's1',
    planCode: 'bronze',
    purchasedAt: '2026-01-01T00:00:00Z',
    expiresAt: '2027-01-01T00:00:00Z',
    includedTransactions: 20,
    usedTransactions: 0,
    isActive: true,
    ...over,
  };
}

const now = new Date('2026-06-01T12:00:00Z');

describe('coveringSubscription', () => {
  it('picks as the server charges: the subscription expiring first, whatever the list order', () => {
    const later = subscription({ id: 'later', expiresAt: '2027-01-01T00:00:00Z' });
    const sooner = subscription({ id: 'sooner', expiresAt: '2026-09-01T00:00:00Z' });
    const unlimited = subscription({
      id: 'unlimited',
      includedTransactions: null,
      expiresAt: '2026-09-01T00:00:00Z',
    });
    expect(coveringSubscription([later, unlimited, sooner], now)?.id).toBe('sooner');
    expect(coveringSubscription([later, unlimited], now)?.id).toBe('unlimited');
  });

  it('is an active subscription with calculations left, or an unlimited one', () => {
    expect(coveringSubscription([subscription({ usedTransactions: 19 })], now)?.id).toBe('s1');
    expect(
      coveringSubscription([subscription({ includedTransactions: null, usedTransactions: 500 })], now)?.id,
    ).toBe('s1');
  });

  it('is none when the subscriptions are used up or expired: the wallet pays', () => {
    expect(coveringSubscription([subscription({ usedTransactions: 20 })], now)).toBeUndefined();
    expect(coveringSubscription([subscription({ isActive: false })], now)).toBeUndefined();
    expect(coveringSubscription([], now)).toBeUndefined();
  });
});
