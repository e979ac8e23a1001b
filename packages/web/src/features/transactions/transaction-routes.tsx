import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { NewTransactionPage } from './pages/new-transaction-page.tsx';
import { TransactionPage } from './pages/transaction-page.tsx';
import { TransactionsPage } from './pages/transactions-page.tsx';

/** The Transactions pages (M7), each behind the app's sign-in guard, as a fragment of routes. */
export function transactionRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  const guard = (page: ReactNode) => <Guard>{page}</Guard>;
  return (
    <>
      <Route path="/transactions" element={guard(<TransactionsPage />)} />
      <Route path="/transactions/new" element={guard(<NewTransactionPage />)} />
      <Route path="/transactions/:transactionId" element={guard(<TransactionPage />)} />
    </>
  );
}
