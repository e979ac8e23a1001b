import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { AdminListsPage } from './pages/admin-lists-page.tsx';

/** `/admin/lists`, for platform administrators only (the API refuses others anyway). */
export function adminListsRoutes(Guard: ComponentType<{ children: ReactNode; adminOnly?: boolean }>) {
  return (
    <Route
      path="/admin/lists"
      element={
        <Guard adminOnly>
          <AdminListsPage />
        </Guard>
      }
    />
  );
}
