import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { ContactPage } from '../contacts/pages/contact-page.tsx';
import { ContactWizardPage } from '../contacts/pages/contact-wizard-page.tsx';
import { ContactsPage } from '../contacts/pages/contacts-page.tsx';
import { officerRoutes } from '../goaml/officer-routes.tsx';
import { PolicyPage } from '../policy/pages/policy-page.tsx';
import { RiskProfilePage, RiskProfileRedirect } from '../risk/pages/risk-profile-page.tsx';
import { DeclarationsPage } from './pages/declarations-page.tsx';

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
