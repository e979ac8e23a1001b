import { and, eq } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import type { TContactRow } from './contacts.reads.ts';
import { contacts } from './contacts.schema.ts';

/**
 * Takes the contact row's lock until the transaction ends and returns the row, or null when the contact
 * is not the organisation's (any more): what serialises the retention clock's changes and the purge.
 */
export async function lockContactRow(
  tx: TTx,
  organisationId: string,
  contactId: string,
): Promise<TContactRow | null> {
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.id, contactId), eq(contacts.organisationId, organisationId)))
    .for('update');
  return row ?? null;
}
