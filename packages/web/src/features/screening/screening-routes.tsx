import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const NewHitsPage = lazy(() => import('./pages/new-hits-page.tsx').then((m) => ({ default: m.NewHitsPage })));

/** The screening page of new hits (B1), behind the app's sign-in guard. */
export function screeningRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return (
    <Route
      path="/screening/new-hits"
      element={
        <Guard>
          <NewHitsPage />
        </Guard>
      }
    />
  );
}
