import { type SQL, sql } from 'drizzle-orm';
import { auditEvents } from '../audit/audit.schema.ts';

/**
 * The audit events about one contact: the contact itself, its risk profiles and its documents. Audit
 * subject ids are text (some subjects are not UUIDs), hence the casts.
 */
export function contactEventsCondition(contactId: string): SQL {
  return sql`(
    (${auditEvents.subjectType} = 'contact' and ${auditEvents.subjectId} = ${contactId})
    or (${auditEvents.subjectType} = 'risk_profile' and ${auditEvents.subjectId} in (
      select id::text from risk_profiles where contact_id = ${contactId}))
    or (${auditEvents.subjectType} = 'document' and ${auditEvents.subjectId} in (
      select id::text from documents where subject_type = 'contact' and subject_id = ${contactId}))
  )`;
}

/** The audit events about one transaction: the transaction itself and its documents. */
export function transactionEventsCondition(transactionId: string): SQL {
  return sql`(
    (${auditEvents.subjectType} = 'transaction' and ${auditEvents.subjectId} = ${transactionId})
    or (${auditEvents.subjectType} = 'document' and ${auditEvents.subjectId} in (
      select id::text from documents where subject_type = 'transaction' and subject_id = ${transactionId}))
  )`;
}

/** The union of several subjects' conditions (false when there is none). */
export function anyOf(conditions: SQL[]): SQL {
  return conditions.length ? sql`(${sql.join(conditions, sql` or `)})` : sql`false`;
}
