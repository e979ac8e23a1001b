import {
  and,
  asc,
  count,
  eq,
  gt,
  gte,
  inArray,
  isNotNull,
  like,
  lt,
  lte,
  ne,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { findCurrentVersions } from './contacts.repository.ts';
import { contacts, contactVersions } from './contacts.schema.ts';

/*
 * Reads of the contacts module's tables for other modules (records export, cockpit, goAML, annual
 * report): they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TContactRow = typeof contacts.$inferSelect;
export type TContactVersionRow = typeof contactVersions.$inferSelect;

// The documents a contact's file holds are the documents module's: read there, re-exported for the callers
// that ask contacts for them.
export {
  documentSubjectsByIds,
  documentsOfSubjects,
  type TDocumentRow,
} from '../documents/documents.reads.ts';

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

// Prepared once: the transactions list and the Declarations page name their contacts on every page. The
// agency is compared as text on purpose: as a plain equality, the generic plan of the prepared statement
// intersected the ids with the agency's whole index (1 ms on 22,000 contacts instead of 0.05 through the
// primary key alone; docs/PERFORMANCE.md, issue 21). The check is the same, only not an index condition.
const namesOfContacts = preparedStatements('vigilo_contact_names', (db: TDbOrTx, name) =>
  db
    .select({ id: contacts.id, displayName: contacts.displayName })
    .from(contacts)
    .where(
      and(
        sql`${contacts.id} = any(${sql.placeholder('ids')}::uuid[])`,
        sql`${contacts.organisationId}::text = ${sql.placeholder('organisationId')}::uuid::text`,
      ),
    )
    .prepare(name),
);

/** Contacts' names by id (organisation-scoped), for the lists of other modules. */
export async function contactNamesByIds(
  db: TDbOrTx,
  organisationId: string,
  contactIds: readonly string[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(contactIds)];
  if (wanted.length === 0) return new Map();
  const rows = await namesOfContacts(db).execute({ organisationId, ids: wanted });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/**
 * A contact's name as a scalar subquery, for another module's list statement: the page and its names in one
 * round trip, where each statement costs a write to PostgreSQL and a wake-up of its backend (issue 21,
 * docs/PERFORMANCE.md). The contacts module keeps the SQL over its table; the caller passes its own row's
 * contact id and agency (qualified columns or SQL). Null when the contact is gone (purged) or is another
 * agency's.
 */
export function contactNameSql(contactId: SQL, organisationId: SQL): SQL<string | null> {
  return sql<
    string | null
  >`(select c.display_name from ${contacts} c where c.id = ${contactId} and c.organisation_id = ${organisationId})`;
}

/** Reviews due on or before `today` (what the Contacts page's "review due" filter shows) and due soon. */
export async function countReviewsDue(db: TDbOrTx, organisationId: string, today: string, horizon: string) {
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${contacts.reviewDueAt} <= ${today})`.mapWith(Number),
      dueSoon:
        sql<number>`count(*) filter (where ${contacts.reviewDueAt} > ${today} and ${contacts.reviewDueAt} <= ${horizon})`.mapWith(
          Number,
        ),
    })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), isNotNull(contacts.reviewDueAt)));
  return { overdue: row?.overdue ?? 0, dueSoon: row?.dueSoon ?? 0 };
}

/** The identity document's expiry date on each contact's current version (persons; JSON path of ZIdDocument). */
const documentExpiry = sql<string>`(${contactVersions.data}->'idDocument'->>'expiryDate')`;

const currentVersionJoin = () =>
  and(eq(contactVersions.contactId, contacts.id), eq(contactVersions.versionNo, contacts.currentVersionNo));

/** Identity documents expired before `today` and expiring by `horizon`, on contacts not refused. */
export async function countExpiringIdDocuments(
  db: TDbOrTx,
  organisationId: string,
  today: string,
  horizon: string,
) {
  const [row] = await db
    .select({
      expired: sql<number>`count(*) filter (where ${documentExpiry} < ${today})`.mapWith(Number),
      expiringSoon:
        sql<number>`count(*) filter (where ${documentExpiry} >= ${today} and ${documentExpiry} <= ${horizon})`.mapWith(
          Number,
        ),
    })
    .from(contacts)
    .innerJoin(contactVersions, currentVersionJoin())
    .where(and(eq(contacts.organisationId, organisationId), ne(contacts.status, 'refused')));
  return { expired: row?.expired ?? 0, expiringSoon: row?.expiringSoon ?? 0 };
}

/** The contacts whose review falls in (today, horizon], soonest first, at most `limit`. */
export async function findReviewsDueBetween(
  db: TDbOrTx,
  organisationId: string,
  today: string,
  horizon: string,
  limit: number,
) {
  return db
    .select({ id: contacts.id, title: contacts.displayName, date: contacts.reviewDueAt })
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        gt(contacts.reviewDueAt, today),
        lte(contacts.reviewDueAt, horizon),
      ),
    )
    .orderBy(asc(contacts.reviewDueAt))
    .limit(limit);
}

/** The contacts (not refused) whose identity document expires by `horizon`, soonest first, at most `limit`. */
export async function findExpiringIdDocuments(
  db: TDbOrTx,
  organisationId: string,
  horizon: string,
  limit: number,
) {
  return db
    .select({ id: contacts.id, title: contacts.displayName, date: documentExpiry })
    .from(contacts)
    .innerJoin(contactVersions, currentVersionJoin())
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        ne(contacts.status, 'refused'),
        sql`${documentExpiry} <= ${horizon}`,
      ),
    )
    .orderBy(asc(documentExpiry))
    .limit(limit);
}

/** Contacts created in [from, to), counted per kind and vigilance level. */
export async function countContactsCreatedByKindAndLevel(
  db: TDbOrTx,
  organisationId: string,
  from: Date,
  to: Date,
) {
  return db
    .select({ kind: contacts.kind, level: contacts.vigilanceLevel, n: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        gte(contacts.createdAt, from),
        lt(contacts.createdAt, to),
      ),
    )
    .groupBy(contacts.kind, contacts.vigilanceLevel);
}

/** Contacts (not refused) created before `createdBefore` whose review was due by `dueBy`. */
export async function countReviewsOverdue(
  db: TDbOrTx,
  organisationId: string,
  createdBefore: Date,
  dueBy: string,
): Promise<number> {
  const [overdue] = await db
    .select({ n: count() })
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        lt(contacts.createdAt, createdBefore),
        lte(contacts.reviewDueAt, dueBy),
        ne(contacts.status, 'refused'),
      ),
    );
  return overdue?.n ?? 0;
}

/** Some contacts of the organisation with the data of their current version. */
export async function currentContactData(db: TDbOrTx, organisationId: string, contactIds: string[]) {
  return (await findCurrentVersions(db, organisationId, contactIds)).map((row) => ({
    id: row.contact.id,
    displayName: row.contact.displayName,
    data: row.data,
  }));
}

/** A contact of the organisation with the data of its current version, or null. */
export async function contactWithCurrentData(db: TDbOrTx, organisationId: string, contactId: string) {
  const [row] = await findCurrentVersions(db, organisationId, [contactId]);
  return row ?? null;
}

/** Some contact versions of the organisation by id, with their contact's name. */
export async function contactVersionsByIds(db: TDbOrTx, organisationId: string, versionIds: string[]) {
  if (versionIds.length === 0) return [];
  return db
    .select({
      id: contactVersions.id,
      contactId: contactVersions.contactId,
      displayName: contacts.displayName,
      data: contactVersions.data,
    })
    .from(contactVersions)
    .innerJoin(contacts, eq(contacts.id, contactVersions.contactId))
    .where(and(eq(contactVersions.organisationId, organisationId), inArray(contactVersions.id, versionIds)));
}

/** Some contacts of the organisation with the id of their current version. */
export async function contactsWithCurrentVersionId(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
) {
  if (contactIds.length === 0) return [];
  return db
    .select({ contact: contacts, versionId: contactVersions.id })
    .from(contacts)
    .innerJoin(contactVersions, currentVersionJoin())
    .where(and(eq(contacts.organisationId, organisationId), inArray(contacts.id, contactIds)));
}

/** The ids of the contacts whose search text holds every term, by sort name, at most `limit`. */
export async function searchContactIds(
  db: TDbOrTx,
  organisationId: string,
  terms: string[],
  limit: number,
): Promise<string[]> {
  const where: SQL[] = [eq(contacts.organisationId, organisationId)];
  for (const term of terms)
    where.push(like(contacts.searchText, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  const found = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(...where))
    .orderBy(contacts.sortName)
    .limit(limit);
  return found.map((f) => f.id);
}
