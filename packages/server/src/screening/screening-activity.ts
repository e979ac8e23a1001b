import { type SQL, sql } from 'drizzle-orm';

/**
 * When a user last had the contact screened (the retention clock's activity; the background re-screening
 * after a list update is not activity). `contactId` is an SQL expression.
 */
export function lastUserScreening(contactId: SQL): SQL {
  return sql`(select max(s.screened_at) from screenings s where s.contact_id = ${contactId} and s.trigger <> 'list_update')`;
}
