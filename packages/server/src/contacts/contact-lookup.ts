import { eq } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { contacts } from './contacts.schema.ts';

type TContactStatus = (typeof contacts.$inferSelect)['status'];
type TVigilanceLevel = NonNullable<(typeof contacts.$inferSelect)['vigilanceLevel']>;

/*
 * What the risk module reads and writes of a contact while it runs the contact's case: the contact and its
 * versions (the contacts repository's prepared statements, exposed here on purpose), and the two facts a
 * case sets on the contact — its vigilance level with the next review date, and its acceptance status.
 */
export {
  findContact,
  findContactAtVersion,
  findCurrentVersions,
  findVersion,
  type TContactRow,
} from './contacts.repository.ts';

/** The level a computed profile gives the contact, and the day its periodic review falls due. */
export async function recordContactVigilance(
  tx: TTx,
  contactId: string,
  vigilanceLevel: TVigilanceLevel,
  reviewDueAt: string,
): Promise<void> {
  await tx
    .update(contacts)
    .set({ vigilanceLevel, reviewDueAt, updatedAt: new Date() })
    .where(eq(contacts.id, contactId));
}

/** The contact's acceptance status after a decision on its profile (accepted, refused…). */
export async function recordContactStatus(tx: TTx, contactId: string, status: TContactStatus): Promise<void> {
  await tx.update(contacts).set({ status, updatedAt: new Date() }).where(eq(contacts.id, contactId));
}
