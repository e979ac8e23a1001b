import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const CockpitItemsPage = lazy(() =>
  import('./pages/cockpit-items-page.tsx').then((m) => ({ default: m.CockpitItemsPage })),
);
const OperatorPage = lazy(() =>
  import('./pages/operator-page.tsx').then((m) => ({ default: m.OperatorPage })),
);

/** The cockpit's own pages (B7): the records behind a figure, and the platform operator page. */
export function cockpitRoutes(Guard: ComponentType<{ children: ReactNode; adminOnly?: boolean }>) {
  return [
    <Route
      key="cockpit-items"
      path="/cockpit/items"
      element={
        <Guard>
          <CockpitItemsPage />
        </Guard>
      }
    />,
    <Route
      key="operator"
      path="/admin/operator"
      element={
        <Guard adminOnly>
          <OperatorPage />
        </Guard>
      }
    />,
  ];
}
