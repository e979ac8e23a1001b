import { wireCaseReports } from './case-reports.ts';
import { wireContactScreening } from './contact-screening.ts';
import { wireDocumentSubjects } from './document-subjects.ts';

/**
 * Connects the ports through which a lower module reaches a higher one (the case pipeline drafting a goAML
 * report, …), so that module folders import one way only (docs/ARCHITECTURE.md, "Who may import what").
 * Called by every entry point before any work: `buildApp` and the command line. Idempotent.
 */
export function wireModules(): void {
  wireCaseReports();
  wireContactScreening();
  wireDocumentSubjects();
}
