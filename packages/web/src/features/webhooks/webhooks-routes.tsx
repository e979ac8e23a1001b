import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const WebhooksPage = lazy(() =>
  import('./pages/webhooks-page.tsx').then((m) => ({ default: m.WebhooksPage })),
);

/** The organisation's webhooks page, behind the app's sign-in guard. */
export function webhooksRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return (
    <Route
      path="/organisation/webhooks"
      element={
        <Guard>
          <WebhooksPage />
        </Guard>
      }
    />
  );
}
