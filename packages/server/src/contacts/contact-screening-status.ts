import { and, eq, gt, ne } from 'drizzle-orm';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { contacts } from './contacts.schema.ts';

/*
 * The writes and reads the screening module makes on contacts: the status and first vigilance level a
 * screening sets, the collaborator's decision after screening, and the contacts a list update screens again.
 */

type TContactStatus = (typeof contacts.$inferSelect)['status'];
type TVigilanceLevel = (typeof contacts.$inferSelect)['vigilanceLevel'];

/** Sets what a screening decided on the contact: its status and its vigilance level. */
export async function setScreeningOutcome(
  tx: TTx,
  contactId: string,
  outcome: { status: TContactStatus; vigilanceLevel: TVigilanceLevel },
): Promise<void> {
  await tx
    .update(contacts)
    .set({ ...outcome, updatedAt: new Date() })
    .where(eq(contacts.id, contactId));
}

/** Records the collaborator's decision after screening: the contact is accepted or refused. */
export async function setDecisionAfterScreening(
  tx: TTx,
  contactId: string,
  decision: 'accept' | 'refuse',
): Promise<void> {
  await tx
    .update(contacts)
    .set({ status: decision === 'accept' ? 'accepted' : 'refused', updatedAt: new Date() })
    .where(eq(contacts.id, contactId));
}

/**
 * The next contacts a list update screens again, across every organisation (a background job): those not
 * refused, in id order after `afterId`, at most `limit`.
 */
export function contactsToRescreen(db: TDbOrTx, afterId: string | null, limit: number) {
  return db
    .select({ id: contacts.id, organisationId: contacts.organisationId, displayName: contacts.displayName })
    .from(contacts)
    .where(and(ne(contacts.status, 'refused'), afterId ? gt(contacts.id, afterId) : undefined))
    .orderBy(contacts.id)
    .limit(limit);
}
