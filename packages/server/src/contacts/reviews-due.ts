import { and, asc, eq, isNotNull, lte, ne } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { contacts } from './contacts.schema.ts';

/**
 * Contacts whose periodic review falls on or before `lastDay`, earliest first (then by name); refused
 * contacts are done. Across every organisation when none is given (the nightly reminders job).
 */
export async function contactsWithReviewBy(db: TDbOrTx, lastDay: string, organisationId?: string) {
  return db
    .select({
      organisationId: contacts.organisationId,
      contactId: contacts.id,
      displayName: contacts.displayName,
      kind: contacts.kind,
      vigilanceLevel: contacts.vigilanceLevel,
      reviewDueAt: contacts.reviewDueAt,
      createdBy: contacts.createdBy,
    })
    .from(contacts)
    .where(
      and(
        organisationId ? eq(contacts.organisationId, organisationId) : undefined,
        isNotNull(contacts.reviewDueAt),
        lte(contacts.reviewDueAt, lastDay),
        ne(contacts.status, 'refused'),
      ),
    )
    .orderBy(asc(contacts.reviewDueAt), asc(contacts.sortName));
}
