import { desc, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';

/*
 * Bulk writes of audit events for `vigilo seed`, which links and hashes a whole chain in memory (as
 * `recordAudit` would, one event at a time) and loads it in large statements.
 */

export type TAuditEventBulkRow = typeof auditEvents.$inferInsert;

/** The hash of the newest event of a chain, or null when the chain is empty. */
export async function lastAuditChainHash(db: TDbOrTx, chain: string): Promise<string | null> {
  const [last] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return last?.hash ?? null;
}

/**
 * Appends already linked and hashed events in statements of 2,000, in the order given: ids are drawn in
 * VALUES order, so that order must be the chain order. The chain must have no concurrent writer.
 */
export async function insertAuditEventsInBulk(
  db: TDbOrTx,
  rows: readonly TAuditEventBulkRow[],
): Promise<number> {
  for (let i = 0; i < rows.length; i += 2_000) await db.insert(auditEvents).values(rows.slice(i, i + 2_000));
  return rows.length;
}
