import { useCtifReportDrafter } from '../declarations/ctif-report-drafting.ts';
import { prepareGoAmlReport } from '../goaml/goaml-prepare.ts';

/** A case decided "report to CTIF-CFI" gets its goAML draft in the same transaction (M8). */
export function wireCaseReports(): void {
  useCtifReportDrafter(prepareGoAmlReport);
}
