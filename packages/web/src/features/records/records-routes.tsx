import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const AuditPage = lazy(() => import('./pages/audit-page.tsx').then((m) => ({ default: m.AuditPage })));
const RetentionPage = lazy(() =>
  import('./pages/retention-page.tsx').then((m) => ({ default: m.RetentionPage })),
);

/** The records pages (audit trail, retention), behind the app's sign-in guard. */
export function recordsRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return (
    <>
      <Route path="/records/audit" element={<Guard>{<AuditPage />}</Guard>} />
      <Route path="/records/retention" element={<Guard>{<RetentionPage />}</Guard>} />
    </>
  );
}
