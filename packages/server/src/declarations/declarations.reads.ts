import { and, asc, count, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from './declarations.schema.ts';

/*
 * Reads of the declarations module's tables for other modules (records export, cockpit, annual report):
 * they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TCaseEventRow = typeof caseEvents.$inferSelect;

/** The case events of some subjects (risk profiles, transactions), oldest first. */
export async function caseEventsOfSubjects(
  db: TDbOrTx,
  organisationId: string,
  subjectIds: string[],
): Promise<TCaseEventRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.organisationId, organisationId), inArray(caseEvents.subjectId, subjectIds)))
    .orderBy(asc(caseEvents.createdAt));
}

/**
 * Which cases a list shows (cockpit figures): open statuses, whole days since the last move (both ends
 * included), created in [from, to), heightened vigilance. The risk and transactions modules apply it to
 * their own cases.
 */
export type TCaseFilter = {
  statuses: string[];
  days?: { min: number; max: number };
  created?: { from: Date; to: Date };
  level?: 'heightened';
  now: Date;
};

/** Reports to CTIF-CFI per month (UTC, `YYYY-MM`) since `from`. */
export async function countCtifReportsPerMonth(db: TDbOrTx, organisationId: string, from: Date) {
  return db
    .select({
      month: sql<string>`to_char(${caseEvents.createdAt} at time zone 'UTC', 'YYYY-MM')`,
      n: count(),
    })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        eq(caseEvents.action, 'report-to-ctif'),
        gte(caseEvents.createdAt, from),
      ),
    )
    .groupBy(sql`1`);
}

/** The reports to CTIF-CFI made in [from, to): the case reported and the day (UTC, `YYYY-MM-DD`). */
export async function findCtifReports(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  return db
    .select({
      subjectId: caseEvents.subjectId,
      date: sql<string>`to_char(${caseEvents.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        eq(caseEvents.action, 'report-to-ctif'),
        gte(caseEvents.createdAt, from),
        lt(caseEvents.createdAt, to),
      ),
    );
}

/** The case events recorded in [from, to): action, data and case. */
export async function caseEventsBetween(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  return db
    .select({ action: caseEvents.action, data: caseEvents.data, subjectId: caseEvents.subjectId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        gte(caseEvents.createdAt, from),
        lt(caseEvents.createdAt, to),
      ),
    );
}
