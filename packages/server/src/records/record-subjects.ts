import { type SQL, sql } from 'drizzle-orm';
import { auditSubjectIn, auditSubjectIs } from '../audit/audit.reads.ts';
import { documentIdsOfSubjectSql } from '../documents/document-sql.ts';
import { riskProfileIdsOfContactSql } from '../risk/risk-profile-sql.ts';

/**
 * The audit events about one contact: the contact itself, its risk profiles and its documents. Audit
 * subject ids are text (some subjects are not UUIDs), hence the casts.
 */
export function contactEventsCondition(contactId: string): SQL {
  return sql`(
    ${auditSubjectIs('contact', contactId)}
    or ${auditSubjectIn('risk_profile', riskProfileIdsOfContactSql(contactId))}
    or ${auditSubjectIn('document', documentIdsOfSubjectSql('contact', contactId))}
  )`;
}

/** The audit events about one transaction: the transaction itself and its documents. */
export function transactionEventsCondition(transactionId: string): SQL {
  return sql`(
    ${auditSubjectIs('transaction', transactionId)}
    or ${auditSubjectIn('document', documentIdsOfSubjectSql('transaction', transactionId))}
  )`;
}

/** The union of several subjects' conditions (false when there is none). */
export function anyOf(conditions: SQL[]): SQL {
  return conditions.length ? sql`(${sql.join(conditions, sql` or `)})` : sql`false`;
}
