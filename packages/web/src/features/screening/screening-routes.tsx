import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { NewHitsPage } from './pages/new-hits-page.tsx';

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
