import { and, count, desc, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import type { TAuditEventRow } from './audit.reads.ts';
import { auditEvents } from './audit.schema.ts';

/*
 * The audit viewer's reads (records module): conditions on events, combined with those of audit.reads.ts,
 * and the queries that take them, so that the viewer never names the audit table's columns itself.
 */

/** The events of one organisation. */
export function auditOfOrganisation(organisationId: string): SQL {
  return eq(auditEvents.organisationId, organisationId);
}

/** The events of one action (`case.decided`…). */
export function auditOfAction(action: string): SQL {
  return eq(auditEvents.action, action);
}

/** The events one person recorded. */
export function auditByActor(userId: string): SQL {
  return eq(auditEvents.actorUserId, userId);
}

/** The events about one kind of subject (`contact`, `wallet`…). */
export function auditSubjectTypeIs(subjectType: string): SQL {
  return eq(auditEvents.subjectType, subjectType);
}

/** The events about the subject with this id, whatever its kind. */
export function auditSubjectIdIs(subjectId: string): SQL {
  return eq(auditEvents.subjectId, subjectId);
}

/** The events recorded at or after an instant. */
export function auditCreatedFrom(instant: SQL): SQL {
  return sql`${auditEvents.createdAt} >= ${instant}`;
}

/** The events recorded before an instant. */
export function auditCreatedBefore(instant: SQL): SQL {
  return sql`${auditEvents.createdAt} < ${instant}`;
}

/** The events whose payload names this user among those it is hidden from (`hiddenFrom`). */
export function auditHiddenInPayloadFrom(userId: string): SQL {
  return sql`coalesce((${auditEvents.payload} -> 'hiddenFrom') @> to_jsonb(${userId}::text), false)`;
}

/**
 * The events about the subjects a subquery yields, from a moment on: its columns are `organisation_id`,
 * `subject_id` (text, like audit subject ids) and `since` (e.g. the cases a personal report hides).
 */
export function auditAboutSubjectsSince(subjects: SQL): SQL {
  return sql`exists (
    select 1 from (${subjects}) subjects
    where subjects.organisation_id = ${auditEvents.organisationId}
      and subjects.subject_id = ${auditEvents.subjectId}
      and ${auditEvents.createdAt} >= subjects.since
  )`;
}

/** One page of the events matching a condition, newest first, with how many match in all. */
export async function auditEventsPage(
  db: TDbOrTx,
  where: SQL,
  page: { limit: number; offset: number },
): Promise<{ rows: TAuditEventRow[]; total: number }> {
  const rows = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The events matching a condition, newest first, at most `limit`. */
export async function auditEventsWhere(db: TDbOrTx, where: SQL, limit: number): Promise<TAuditEventRow[]> {
  return db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.id)).limit(limit);
}

/** The actions recorded in the organisation's events, in alphabetical order. */
export async function auditActionsOf(db: TDbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(auditEvents.action);
  return rows.map((r) => r.action);
}

/** Everyone who recorded an event of the organisation, by user id. */
export async function auditActorIdsOf(db: TDbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: auditEvents.actorUserId })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), isNotNull(auditEvents.actorUserId)));
  return rows.map((r) => r.id).filter((id): id is string => id !== null);
}

/** The hash of the newest event of a chain: what a later export or verification can be compared with. */
export async function auditChainHead(db: TDbOrTx, chain: string): Promise<string | null> {
  const [row] = await db
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.hash ?? null;
}
