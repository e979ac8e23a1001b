import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/**
 * The retention purge (records/purge-contact.ts): deletes the contact's screenings, hits and asset-freeze
 * records; hits of another contact's screening where this one was a linked party keep no name of it. Run
 * in the purge's transaction.
 */
export async function deleteScreeningsOfContact(tx: TTx, contactId: string): Promise<void> {
  await tx.execute(sql`delete from freeze_duty_records where contact_id = ${contactId}`);
  await tx.execute(sql`delete from screening_hits where contact_id = ${contactId}`);
  await tx.execute(sql`update screening_hits set party_name = '' where party_contact_id = ${contactId}`);
  await tx.execute(sql`delete from screenings where contact_id = ${contactId}`);
}
