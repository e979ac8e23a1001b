import { type SQL, sql } from 'drizzle-orm';
import { goamlReports } from './goaml.schema.ts';

/**
 * Every goAML report with the case it is about: a subquery of `report_id` (text, like audit subject ids)
 * and `case_id`, for the conditions of other modules (the audit viewer hides a reported case's reports).
 */
export function goamlReportCases(): SQL {
  return sql`select ${goamlReports.id}::text as report_id, ${goamlReports.subjectId} as case_id from ${goamlReports}`;
}
