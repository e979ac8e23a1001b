import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { AuditPage } from './pages/audit-page.tsx';
import { RetentionPage } from './pages/retention-page.tsx';

/** The records pages (audit trail, retention), behind the app's sign-in guard. */
export function recordsRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  return (
    <>
      <Route path="/records/audit" element={<Guard>{<AuditPage />}</Guard>} />
      <Route path="/records/retention" element={<Guard>{<RetentionPage />}</Guard>} />
    </>
  );
}
