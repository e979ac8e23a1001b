import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { contactLastEdit } from '../contacts/contact-activity.ts';
import { contactsByIds } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { lastContactDocument } from '../documents/document-sql.ts';
import { lastRiskProfileChange } from '../risk/risk-profile-sql.ts';
import { lastUserScreening } from '../screening/screening-activity.ts';
import { lastTransactionChange } from '../transactions/transaction-retention.ts';
import { contactRetention, legalHolds } from './records.schema.ts';

export type TRetentionRow = typeof contactRetention.$inferSelect;
export type THoldRow = typeof legalHolds.$inferSelect & {
  placedByName: string | null;
  releasedByName: string | null;
};

export async function findContactSummary(db: TDbOrTx, organisationId: string, contactId: string) {
  const [row] = await contactsByIds(db, organisationId, [contactId]);
  return row ? { id: row.id, displayName: row.displayName, kind: row.kind } : null;
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

/** Legal holds of some contacts (active and released), oldest first, with who placed and released them. */
export async function findHolds(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<THoldRow[]> {
  if (contactIds.length === 0) return [];
  const holds = await db
    .select()
    .from(legalHolds)
    .where(and(eq(legalHolds.organisationId, organisationId), inArray(legalHolds.contactId, contactIds)))
    .orderBy(legalHolds.placedAt);
  const names = await userNamesByIds(
    db,
    holds.flatMap((h) => [h.placedBy, h.releasedBy]),
  );
  return holds.map((hold) => ({
    ...hold,
    placedByName: (hold.placedBy && names.get(hold.placedBy)) ?? null,
    releasedByName: (hold.releasedBy && names.get(hold.releasedBy)) ?? null,
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

/**
 * The last business activity of a contact: an edit, a risk profile, a transaction it is party to, a
 * document, a screening asked by a user. Views and the background re-screening after a list update are
 * not activity. Each module says when its rows about the contact last changed.
 */
export const lastActivitySql = (contactId: SQL) => sql`greatest(
  ${contactLastEdit(contactId)},
  ${lastRiskProfileChange(contactId)},
  ${lastTransactionChange(contactId)},
  ${lastContactDocument(contactId)},
  ${lastUserScreening(contactId)}
)`;

export async function findLastActivity(db: TDbOrTx, contactId: string): Promise<Date | null> {
  const result = await db.execute(sql`select ${lastActivitySql(sql`${contactId}::uuid`)} as at`);
  const at = (result.rows[0] as { at: string | Date | null }).at;
  return at === null ? null : new Date(at);
}

/** Every contact of the organisation with a retention row or a legal hold, with its name. */
export async function findRetentionOverview(db: TDbOrTx, organisationId: string) {
  const retentions = await db
    .select()
    .from(contactRetention)
    .where(eq(contactRetention.organisationId, organisationId));
  const held = await db
    .selectDistinct({ contactId: legalHolds.contactId })
    .from(legalHolds)
    .where(eq(legalHolds.organisationId, organisationId));
  const retentionOf = new Map(retentions.map((r) => [r.contactId, r]));
  const contacts = await contactsByIds(db, organisationId, [
    ...new Set([...retentionOf.keys(), ...held.map((h) => h.contactId)]),
  ]);
  return contacts.map((contact) => ({
    contactId: contact.id,
    displayName: contact.displayName,
    kind: contact.kind,
    retention: retentionOf.get(contact.id) ?? null,
  }));
}
