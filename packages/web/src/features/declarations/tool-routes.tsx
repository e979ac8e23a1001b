import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';
import { officerRoutes } from '../goaml/officer-routes.tsx';

const ContactPage = lazy(() =>
  import('../contacts/pages/contact-page.tsx').then((m) => ({ default: m.ContactPage })),
);
const ContactWizardPage = lazy(() =>
  import('../contacts/pages/contact-wizard-page.tsx').then((m) => ({ default: m.ContactWizardPage })),
);
const ContactsPage = lazy(() =>
  import('../contacts/pages/contacts-page.tsx').then((m) => ({ default: m.ContactsPage })),
);
const ContactImportPage = lazy(() =>
  import('../contact-imports/pages/contact-import-page.tsx').then((m) => ({ default: m.ContactImportPage })),
);
const PolicyPage = lazy(() =>
  import('../policy/pages/policy-page.tsx').then((m) => ({ default: m.PolicyPage })),
);
const RiskProfilePage = lazy(() =>
  import('../risk/pages/risk-profile-page.tsx').then((m) => ({ default: m.RiskProfilePage })),
);
const RiskProfileRedirect = lazy(() =>
  import('../risk/pages/risk-profile-page.tsx').then((m) => ({ default: m.RiskProfileRedirect })),
);
const DeclarationsPage = lazy(() =>
  import('./pages/declarations-page.tsx').then((m) => ({ default: m.DeclarationsPage })),
);

/**
 * The AML tool's pages (contacts, risk profiles, declarations, policy), each behind the app's sign-in
 * guard. Returned as a fragment of routes so the router sees them as its own.
 */
export function toolRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  const guard = (page: ReactNode) => <Guard>{page}</Guard>;
  return (
    <>
      <Route path="/contacts" element={guard(<ContactsPage />)} />
      <Route path="/contacts/new" element={guard(<ContactWizardPage />)} />
      <Route path="/contacts/import" element={guard(<ContactImportPage />)} />
      <Route path="/contacts/:contactId" element={guard(<ContactPage />)} />
      <Route path="/contacts/:contactId/edit" element={guard(<ContactWizardPage />)} />
      <Route path="/contacts/:contactId/risk-profiles/:profileId" element={guard(<RiskProfilePage />)} />
      <Route path="/risk-profiles/:profileId" element={guard(<RiskProfileRedirect />)} />
      <Route path="/declarations" element={guard(<DeclarationsPage />)} />
      <Route path="/policy" element={guard(<PolicyPage />)} />
      {officerRoutes(Guard)}
    </>
  );
}
