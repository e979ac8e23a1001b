import { type SQL, sql } from 'drizzle-orm';

/*
 * Risk profiles in other modules' queries (the records module's audit subjects and retention clock):
 * `contactId` is an SQL expression or a value.
 */

/** A subquery of the ids (as text, like audit subject ids) of the contact's risk profiles. */
export function riskProfileIdsOfContactSql(contactId: SQL | string): SQL {
  return sql`select id::text from risk_profiles where contact_id = ${contactId}`;
}

/** When one of the contact's risk profiles was last changed. */
export function lastRiskProfileChange(contactId: SQL): SQL {
  return sql`(select max(r.updated_at) from risk_profiles r where r.contact_id = ${contactId})`;
}

/** Whether one of the contact's risk profiles changed within a period (`within`, given a column). */
export function riskProfileChangedWithin(contactId: SQL, within: (column: SQL) => SQL): SQL {
  return sql`exists (select 1 from risk_profiles r where r.contact_id = ${contactId} and ${within(sql`r.updated_at`)})`;
}
