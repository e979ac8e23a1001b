import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const ApiKeysPage = lazy(() => import('./pages/api-keys-page.tsx').then((m) => ({ default: m.ApiKeysPage })));

/** The organisation's API keys page, behind the app's sign-in guard. */
export function apiKeysRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return (
    <Route
      path="/organisation/api-keys"
      element={
        <Guard>
          <ApiKeysPage />
        </Guard>
      }
    />
  );
}
