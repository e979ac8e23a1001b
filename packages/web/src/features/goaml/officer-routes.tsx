import type { ComponentType, ReactNode } from 'react';
import { Route } from 'react-router';
import { AnnualReportPage } from '../annual-report/pages/annual-report-page.tsx';
import { RiskAssessmentPage } from '../risk-assessment/pages/risk-assessment-page.tsx';
import { GoAmlProfilesPage } from './pages/goaml-profiles-page.tsx';
import { GoAmlReportPage } from './pages/goaml-report-page.tsx';
import { GoAmlReportsPage } from './pages/goaml-reports-page.tsx';
import { OfficerHomePage } from './pages/officer-home-page.tsx';

/** The AML officer's pages (issue 8) and the platform administrator's goAML profiles page. */
export function officerRoutes(Guard: ComponentType<{ children: ReactNode }>) {
  const guard = (page: ReactNode) => <Guard>{page}</Guard>;
  return (
    <>
      <Route path="/officer" element={guard(<OfficerHomePage />)} />
      <Route path="/goaml" element={guard(<GoAmlReportsPage />)} />
      <Route path="/goaml/reports/:goamlReportId" element={guard(<GoAmlReportPage />)} />
      <Route path="/annual-report" element={guard(<AnnualReportPage />)} />
      <Route path="/risk-assessment" element={guard(<RiskAssessmentPage />)} />
      <Route path="/admin/goaml-profiles" element={guard(<GoAmlProfilesPage />)} />
    </>
  );
}
