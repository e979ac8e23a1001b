import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { contacts, contactVersions, documents } from './contacts.schema.ts';

/*
 * Reads of the contacts module's tables for other modules (records export, cockpit, goAML, annual
 * report): they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TContactRow = typeof contacts.$inferSelect;
export type TContactVersionRow = typeof contactVersions.$inferSelect;
export type TDocumentRow = typeof documents.$inferSelect;

/** Whether the contact belongs to the organisation. */
export async function contactExists(db: TDbOrTx, organisationId: string, contactId: string) {
  const [found] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, contactId)));
  return Boolean(found);
}

/** Some contacts of the organisation, oldest first. */
export async function contactsByIds(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<TContactRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), inArray(contacts.id, contactIds)))
    .orderBy(asc(contacts.createdAt));
}

/** Every version of some contacts, in version order. */
export async function versionsOfContacts(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<TContactVersionRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(contactVersions)
    .where(
      and(eq(contactVersions.organisationId, organisationId), inArray(contactVersions.contactId, contactIds)),
    )
    .orderBy(asc(contactVersions.versionNo));
}

/** The documents attached to some subjects (contacts, transactions), oldest first. */
export async function documentsOfSubjects(
  db: TDbOrTx,
  organisationId: string,
  subjectIds: string[],
): Promise<TDocumentRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), inArray(documents.subjectId, subjectIds)))
    .orderBy(asc(documents.createdAt));
}
