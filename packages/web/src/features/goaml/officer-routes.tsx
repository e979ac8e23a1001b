import { type ComponentType, lazy, type ReactNode } from 'react';
import { Route } from 'react-router';

const AnnualReportPage = lazy(() =>
  import('../annual-report/pages/annual-report-page.tsx').then((m) => ({ default: m.AnnualReportPage })),
);
const RiskAssessmentPage = lazy(() =>
  import('../risk-assessment/pages/risk-assessment-page.tsx').then((m) => ({
    default: m.RiskAssessmentPage,
  })),
);
const GoAmlProfilesPage = lazy(() =>
  import('./pages/goaml-profiles-page.tsx').then((m) => ({ default: m.GoAmlProfilesPage })),
);
const GoAmlReportPage = lazy(() =>
  import('./pages/goaml-report-page.tsx').then((m) => ({ default: m.GoAmlReportPage })),
);
const GoAmlReportsPage = lazy(() =>
  import('./pages/goaml-reports-page.tsx').then((m) => ({ default: m.GoAmlReportsPage })),
);
const OfficerHomePage = lazy(() =>
  import('./pages/officer-home-page.tsx').then((m) => ({ default: m.OfficerHomePage })),
);

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
