import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { TDb, TDbOrTx } from '../db/client.ts';
import { apiKeys } from './api-keys.schema.ts';

export type TApiKeyRow = typeof apiKeys.$inferSelect;

export async function insertApiKey(tx: TDbOrTx, values: typeof apiKeys.$inferInsert): Promise<TApiKeyRow> {
  const [row] = await tx.insert(apiKeys).values(values).returning();
  return row!;
}

/** The organisation's keys, newest first. */
export async function listApiKeys(db: TDbOrTx, organisationId: string): Promise<TApiKeyRow[]> {
  return db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.organisationId, organisationId))
    .orderBy(desc(apiKeys.createdAt));
}

export async function findApiKey(db: TDbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.organisationId, organisationId), eq(apiKeys.id, id)));
  return row ?? null;
}

/** A live (not revoked) key by the hash of its token. */
export async function findLiveApiKeyByHash(db: TDbOrTx, tokenHash: string): Promise<TApiKeyRow | null> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

export async function findApiKeyOrganisation(db: TDbOrTx, id: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: apiKeys.organisationId })
    .from(apiKeys)
    .where(eq(apiKeys.id, id));
  return row?.organisationId ?? null;
}

/**
 * Counts one request in the key's current one-minute window and stamps its last use, in one statement so
 * concurrent requests on several instances cannot both slip under the limit. Returns the count so far.
 */
export async function countApiKeyRequest(db: TDb, id: string): Promise<number> {
  const expired = sql`(${apiKeys.windowStartedAt} is null or ${apiKeys.windowStartedAt} <= now() - interval '1 minute')`;
  const [row] = await db
    .update(apiKeys)
    .set({
      lastUsedAt: sql`now()`,
      windowStartedAt: sql`case when ${expired} then now() else ${apiKeys.windowStartedAt} end`,
      windowCount: sql`case when ${expired} then 1 else ${apiKeys.windowCount} + 1 end`,
    })
    .where(eq(apiKeys.id, id))
    .returning({ count: apiKeys.windowCount });
  return row?.count ?? 0;
}

export async function markApiKeyRevoked(tx: TDbOrTx, id: string, userId: string): Promise<TApiKeyRow | null> {
  const [row] = await tx
    .update(apiKeys)
    .set({ revokedAt: new Date(), revokedBy: userId })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning();
  return row ?? null;
}
