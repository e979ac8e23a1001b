import { and, desc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { clientLinks } from './client-links.schema.ts';

export type TClientLinkRow = typeof clientLinks.$inferSelect;

export async function insertClientLink(db: TDbOrTx, values: typeof clientLinks.$inferInsert) {
  const [row] = await db.insert(clientLinks).values(values).returning();
  return row!;
}

export async function findClientLink(db: TDbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(clientLinks)
    .where(and(eq(clientLinks.organisationId, organisationId), eq(clientLinks.id, id)));
  return row ?? null;
}

/** Locks a link for a review: a second reviewer waits, then finds it no longer submitted. */
export async function lockClientLink(tx: TDbOrTx, id: string) {
  const [row] = await tx.select().from(clientLinks).where(eq(clientLinks.id, id)).for('update');
  return row ?? null;
}

/** The link behind a token (by its hash). */
export async function findClientLinkByTokenHash(
  db: TDbOrTx,
  tokenHash: string,
): Promise<TClientLinkRow | null> {
  const [row] = await db.select().from(clientLinks).where(eq(clientLinks.tokenHash, tokenHash));
  return row ?? null;
}

export async function listClientLinks(db: TDbOrTx, organisationId: string) {
  return db
    .select()
    .from(clientLinks)
    .where(eq(clientLinks.organisationId, organisationId))
    .orderBy(desc(clientLinks.createdAt))
    .limit(200);
}

/** Updates a link only if it is still in the expected status: two reviewers cannot both act. */
export async function updateClientLinkFrom(
  db: TDbOrTx,
  id: string,
  expected: TClientLinkRow['status'][],
  values: Partial<typeof clientLinks.$inferInsert>,
) {
  const [row] = await db
    .update(clientLinks)
    .set(values)
    .where(and(eq(clientLinks.id, id), inArray(clientLinks.status, expected)))
    .returning();
  return row ?? null;
}

export async function findOwnerOfClientLink(db: TDbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: clientLinks.organisationId })
    .from(clientLinks)
    .where(eq(clientLinks.id, id));
  return row?.organisationId ?? null;
}
