import { useQuery } from '@tanstack/react-query';
import type { TWalletResponse, TWalletSubscription } from '@vigilo/domain/contracts/wallet.ts';
import { findCoveringSubscription } from '@vigilo/domain/wallet/index.ts';
import { api } from '../../../lib/api.ts';
import { transactionKeys } from './keys.ts';

/** What "Pay and continue" will cost now, as the server's price calculation decides it (M9). */
export type TTransactionPrice =
  | { kind: 'covered'; planCode: string }
  | { kind: 'charge'; netCents: number; grossCents: number; balanceCents: number };

/**
 * The subscription that pays the next calculation, chosen by the domain's rule the server charges with
 * (`findCoveringSubscription`: active with calculations left, the one expiring first used first).
 */
export function coveringSubscription(subscriptions: TWalletSubscription[], now: Date = new Date()) {
  const chosen = findCoveringSubscription(
    subscriptions
      .filter((s) => s.isActive)
      .map((s) => ({ ...s, purchasedAt: new Date(s.purchasedAt), expiresAt: new Date(s.expiresAt) })),
    now,
  );
  return chosen ? subscriptions.find((s) => s.id === chosen.id) : undefined;
}

/**
 * The current price of a transaction vigilance calculation: covered by an active subscription with
 * calculations left, else the price list's price (excl. and incl. VAT) against the wallet balance.
 */
export function useTransactionPrice(enabled: boolean) {
  return useQuery({
    queryKey: transactionKeys.price,
    enabled,
    queryFn: async (): Promise<TTransactionPrice> => {
      const [wallet, subscriptions] = await Promise.all([
        api<TWalletResponse>('GET', '/api/wallet?pageSize=1'),
        api<{ subscriptions: TWalletSubscription[] }>('GET', '/api/wallet/subscriptions'),
      ]);
      const covering = coveringSubscription(subscriptions.subscriptions);
      if (covering) return { kind: 'covered', planCode: covering.planCode };
      const price = wallet.prices.transactionVigilance;
      return {
        kind: 'charge',
        netCents: price.netCents,
        grossCents: price.grossCents,
        balanceCents: wallet.balanceCents,
      };
    },
  });
}
