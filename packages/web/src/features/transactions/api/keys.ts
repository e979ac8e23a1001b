import type { TTransactionListQuery } from '@vigilo/domain/contracts/transactions.ts';

/** Query keys of transactions: under `['org']`, so switching organisation drops them. */
export const transactionKeys = {
  all: ['org', 'transactions'] as const,
  list: (query: Partial<TTransactionListQuery>) => ['org', 'transactions', 'list', query] as const,
  candidates: (q: string) => ['org', 'transactions', 'party-candidates', q] as const,
  detail: (transactionId: string) => ['org', 'transactions', 'detail', transactionId] as const,
  /** What "Pay and continue" costs: lives under the wallet's keys, so a top-up or purchase refreshes it. */
  price: ['org', 'wallet', 'transaction-price'] as const,
};
