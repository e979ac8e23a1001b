import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { contactRetention, legalHolds } from './records.schema.ts';

export type TRetentionRow = typeof contactRetention.$inferSelect;
export type THoldRow = typeof legalHolds.$inferSelect & {
  placedByName: string | null;
  releasedByName: string | null;
};

/** Statuses of a transaction still under way (the decision workflow's non-final states). */
export const openTransactionStatuses = [
  'draft',
  'computed',
  'awaiting-officer',
  'awaiting-ctif',
  'ctif-answered',
];

export async function findContactSummary(db: TDbOrTx, organisationId: string, contactId: string) {
  const [row] = await db
    .select({ id: contacts.id, displayName: contacts.displayName, kind: contacts.kind })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, contactId)));
  return row ?? null;
}

export async function findRetention(db: TDbOrTx, contactId: string): Promise<TRetentionRow | null> {
  const [row] = await db.select().from(contactRetention).where(eq(contactRetention.contactId, contactId));
  return row ?? null;
}

/** Inserts or updates a contact's retention row (one per contact). */
export async function saveRetention(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  values: Partial<Omit<TRetentionRow, 'contactId' | 'organisationId'>>,
): Promise<void> {
  const set = { ...values, updatedAt: new Date() };
  await db
    .insert(contactRetention)
    .values({ contactId, organisationId, ...set })
    .onConflictDoUpdate({ target: contactRetention.contactId, set });
}

const placer = alias(users, 'placer');
const releaser = alias(users, 'releaser');

/** Legal holds of some contacts (active and released), oldest first, with who placed and released them. */
export async function findHolds(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<THoldRow[]> {
  if (contactIds.length === 0) return [];
  const rows = await db
    .select({
      hold: legalHolds,
      placerFirst: placer.firstName,
      placerLast: placer.lastName,
      releaserFirst: releaser.firstName,
      releaserLast: releaser.lastName,
    })
    .from(legalHolds)
    .leftJoin(placer, eq(placer.id, legalHolds.placedBy))
    .leftJoin(releaser, eq(releaser.id, legalHolds.releasedBy))
    .where(and(eq(legalHolds.organisationId, organisationId), inArray(legalHolds.contactId, contactIds)))
    .orderBy(legalHolds.placedAt);
  return rows.map((r) => ({
    ...r.hold,
    placedByName: r.placerFirst === null ? null : `${r.placerFirst} ${r.placerLast}`,
    releasedByName: r.releaserFirst === null ? null : `${r.releaserFirst} ${r.releaserLast}`,
  }));
}

export async function findActiveHold(db: TDbOrTx, organisationId: string, holdId: string) {
  const [row] = await db
    .select()
    .from(legalHolds)
    .where(
      and(
        eq(legalHolds.organisationId, organisationId),
        eq(legalHolds.id, holdId),
        isNull(legalHolds.releasedAt),
      ),
    );
  return row ?? null;
}

export async function findHoldOrganisation(db: TDbOrTx, holdId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: legalHolds.organisationId })
    .from(legalHolds)
    .where(eq(legalHolds.id, holdId));
  return row?.organisationId ?? null;
}

/** How many transactions under way the contact is a party to. */
export async function countOpenTransactions(db: TDbOrTx, contactId: string): Promise<number> {
  const result = await db.execute(sql`
    select count(distinct t.id)::int as n from transactions t
    join transaction_parties p on p.transaction_id = t.id
    where p.contact_id = ${contactId} and t.status in (${sql.join(
      openTransactionStatuses.map((s) => sql`${s}`),
      sql`, `,
    )})`);
  return (result.rows[0] as { n: number }).n;
}

/**
 * The last business activity of a contact: an edit, a risk profile, a transaction it is party to, a
 * document, a screening asked by a user. Views and the background re-screening after a list update are
 * not activity.
 */
export const lastActivitySql = (contactIdColumn: SQL) => sql`greatest(
  (select c2.updated_at from contacts c2 where c2.id = ${contactIdColumn}),
  (select max(r.updated_at) from risk_profiles r where r.contact_id = ${contactIdColumn}),
  (select max(t.updated_at) from transactions t join transaction_parties p on p.transaction_id = t.id
     where p.contact_id = ${contactIdColumn}),
  (select max(d.created_at) from documents d where d.subject_type = 'contact' and d.subject_id = ${contactIdColumn}),
  (select max(s.screened_at) from screenings s where s.contact_id = ${contactIdColumn} and s.trigger <> 'list_update')
)`;

export async function findLastActivity(db: TDbOrTx, contactId: string): Promise<Date | null> {
  const result = await db.execute(sql`select ${lastActivitySql(sql`${contactId}::uuid`)} as at`);
  const at = (result.rows[0] as { at: string | Date | null }).at;
  return at === null ? null : new Date(at);
}

/** Every contact of the organisation with a retention row or a legal hold, with its name. */
export async function findRetentionOverview(db: TDbOrTx, organisationId: string) {
  return db
    .select({
      contactId: contacts.id,
      displayName: contacts.displayName,
      kind: contacts.kind,
      retention: contactRetention,
    })
    .from(contacts)
    .leftJoin(contactRetention, eq(contactRetention.contactId, contacts.id))
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        sql`(${contactRetention.contactId} is not null or exists (
          select 1 from legal_holds h where h.contact_id = ${contacts.id}))`,
      ),
    );
}
