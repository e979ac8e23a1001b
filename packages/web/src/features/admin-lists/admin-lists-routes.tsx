import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const AdminListsPage = lazy(() =>
  import('./pages/admin-lists-page.tsx').then((m) => ({ default: m.AdminListsPage })),
);

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
