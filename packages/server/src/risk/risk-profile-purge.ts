import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the risk profiles' part. Run in the
 * purge's transaction.
 */

/** The ids of the contact's risk profiles. */
export async function riskProfileIdsOfContact(tx: TTx, contactId: string): Promise<string[]> {
  const found = await tx.execute(sql`select id from risk_profiles where contact_id = ${contactId}`);
  return (found.rows as { id: string }[]).map((r) => r.id);
}

/** Deletes the contact's risk profiles (once their cases' histories are gone). */
export async function deleteRiskProfilesOfContact(tx: TTx, contactId: string): Promise<void> {
  await tx.execute(sql`delete from risk_profiles where contact_id = ${contactId}`);
}
