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

describe('coveringSubscription', () => {
  it('is an active subscription with calculations left, or an unlimited one', () => {
    expect(coveringSubscription([subscription({ usedTransactions: 19 })])?.id).toBe('s1');
    expect(
      coveringSubscription([subscription({ includedTransactions: null, usedTransactions: 500 })])?.id,
    ).toBe('s1');
  });

  it('is none when the subscriptions are used up or expired: the wallet pays', () => {
    expect(coveringSubscription([subscription({ usedTransactions: 20 })])).toBeUndefined();
    expect(coveringSubscription([subscription({ isActive: false })])).toBeUndefined();
    expect(coveringSubscription([])).toBeUndefined();
  });
});
