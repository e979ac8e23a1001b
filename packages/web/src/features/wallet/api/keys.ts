import type { TMovementQueryParams } from '@vigilo/domain/contracts/wallet.ts';

/** Query keys of the wallet: under `['org']`, so switching organisation drops them. */
export const walletKeys = {
  all: ['org', 'wallet'] as const,
  page: (query: TMovementQueryParams) => ['org', 'wallet', 'page', query] as const,
  subscriptions: ['org', 'wallet', 'subscriptions'] as const,
  transfer: ['org', 'wallet', 'transfer'] as const,
  // Outside `all`: the status query invalidates the wallet once credited, and must not refetch itself.
  payment: (id: string) => ['org', 'wallet-payment', id] as const,
  testCheckout: (id: string) => ['payments', 'test', id] as const,
};
