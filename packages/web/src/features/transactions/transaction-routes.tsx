import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const NewTransactionPage = lazy(() =>
  import('./pages/new-transaction-page.tsx').then((m) => ({ default: m.NewTransactionPage })),
);
const TransactionPage = lazy(() =>
  import('./pages/transaction-page.tsx').then((m) => ({ default: m.TransactionPage })),
);
const TransactionsPage = lazy(() =>
  import('./pages/transactions-page.tsx').then((m) => ({ default: m.TransactionsPage })),
);

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
