import { type SQL, sql } from 'drizzle-orm';
import { caseEvents } from './declarations.schema.ts';

/**
 * The personal reports to CTIF-CFI that concern this officer (loi art. 48: what such a report is about is
 * hidden from them, tipping-off): a subquery of `organisation_id`, `case_id` and `since` (when the report
 * was made), for the conditions of other modules (the audit viewer).
 */
export function personalReportsConcerning(userId: string): SQL {
  return sql`select ${caseEvents.organisationId} as organisation_id, ${caseEvents.subjectId} as case_id,
      ${caseEvents.createdAt} as since
    from ${caseEvents}
    where ${caseEvents.action} = 'report-personally'
      and (${caseEvents.data} -> 'hiddenFrom') @> to_jsonb(${userId}::text)`;
}
