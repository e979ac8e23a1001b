import { and, asc, between, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';
import { purgeAuditAction } from './audit.service.ts';

/*
 * Reads of the audit trail for other modules (the records export): conditions on events and slices of
 * a chain, so that they never name the audit table's columns themselves. A chain is one organisation's.
 */

export type TAuditEventRow = typeof auditEvents.$inferSelect;

/** The events about one subject (`subject_type` and `subject_id`). */
export function auditSubjectIs(subjectType: string, subjectId: string): SQL {
  return sql`(${auditEvents.subjectType} = ${subjectType} and ${auditEvents.subjectId} = ${subjectId})`;
}

/** The events about the subjects a subquery yields (ids as text: some audit subjects are not UUIDs). */
export function auditSubjectIn(subjectType: string, subjectIds: SQL): SQL {
  return sql`(${auditEvents.subjectType} = ${subjectType} and ${auditEvents.subjectId} in (${subjectIds}))`;
}

/** The events recorded in [from, to). */
export function auditCreatedWithin(from: SQL, to: SQL): SQL {
  return sql`(${auditEvents.createdAt} >= ${from} and ${auditEvents.createdAt} < ${to})`;
}

/** The id of the newest event of a chain. */
export async function lastAuditEventId(db: TDbOrTx, chain: string): Promise<number | undefined> {
  const [last] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return last?.id;
}

/**
 * The slice of a chain from its first event in scope up to `lastId`, oldest first, each event marked
 * in scope or not; purge events and `lastId` itself always count as in scope (they name nobody).
 */
export async function auditChainSlice(
  db: TDbOrTx,
  chain: string,
  inScope: SQL,
  lastId: number,
): Promise<{ event: TAuditEventRow; inScope: boolean }[]> {
  const [first] = await db
    .select({ id: sql<number>`min(${auditEvents.id})`.mapWith(Number) })
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), inScope));
  const startId = first?.id ?? lastId;
  return db
    .select({
      event: auditEvents,
      inScope: sql<boolean>`(${inScope} or ${auditEvents.action} = ${purgeAuditAction} or ${auditEvents.id} = ${lastId})`,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), between(auditEvents.id, startId, lastId)))
    .orderBy(asc(auditEvents.id));
}
