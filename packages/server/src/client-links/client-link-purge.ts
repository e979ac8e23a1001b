import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/** The retention purge (records/purge-contact.ts): deletes the contact's client links and submissions. */
export async function deleteClientLinksOfContact(tx: TTx, contactId: string): Promise<void> {
  await tx.execute(sql`delete from client_links where contact_id = ${contactId}`);
}
