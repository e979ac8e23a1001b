import { and, asc, count, eq, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from '../db/client.ts';
import type { TCaseFilter } from './declarations.reads.ts';

/**
 * The columns every case subject's table has (risk profiles, transactions): the case pipeline's shape. The
 * risk and transactions modules pass their own table to these queries, so each still reads only its own
 * table, and the cockpit's figures are computed the same way for both.
 */
export type TCaseTable = PgTable & {
  id: AnyPgColumn;
  organisationId: AnyPgColumn;
  status: AnyPgColumn;
  level: AnyPgColumn;
  createdAt: AnyPgColumn;
  updatedAt: AnyPgColumn;
};

const ageInDays = (table: TCaseTable, now: Date) =>
  sql`floor(extract(epoch from (${now.toISOString()}::timestamptz - ${table.updatedAt})) / 86400)`;

/** Cases in some statuses, counted per status and per whole days since their last move. */
export function countCasesByStatusAndAge(
  db: TDbOrTx,
  table: TCaseTable,
  organisationId: string,
  statuses: string[],
  now: Date,
): Promise<{ status: string; days: number; n: number }[]> {
  return db
    .select({
      status: sql<string>`${table.status}`,
      days: sql<number>`${ageInDays(table, now)}::int`.mapWith(Number),
      n: count(),
    })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), inArray(table.status, statuses)))
    .groupBy(sql`1`, sql`2`);
}

/** Cases computed per month (UTC, `YYYY-MM`) since `from`, and how many with heightened vigilance. */
export function countAssessedCasesPerMonth(
  db: TDbOrTx,
  table: TCaseTable,
  organisationId: string,
  from: Date,
): Promise<{ month: string; assessed: number; heightened: number }[]> {
  return db
    .select({
      month: sql<string>`to_char(${table.createdAt} at time zone 'UTC', 'YYYY-MM')`,
      assessed: count(),
      heightened: sql<number>`count(*) filter (where ${table.level} = 'heightened')`.mapWith(Number),
    })
    .from(table)
    .where(and(eq(table.organisationId, organisationId), gte(table.createdAt, from), isNotNull(table.level)))
    .groupBy(sql`1`);
}

/**
 * Cases matching a cockpit filter, oldest move first, at most `limit`, with `date` the day of the last move
 * and the subject's own columns in `extra` (the contact of a profile, the reference of a transaction).
 */
export function findCasesMatching<TExtra extends Record<string, AnyPgColumn>>(
  db: TDbOrTx,
  table: TCaseTable,
  extra: TExtra,
  organisationId: string,
  filter: TCaseFilter,
  limit: number,
): Promise<({ id: string; date: string } & { [K in keyof TExtra]: string })[]> {
  const conditions: (SQL | undefined)[] = [
    eq(table.organisationId, organisationId),
    inArray(table.status, filter.statuses),
    filter.days
      ? sql`${ageInDays(table, filter.now)} between ${filter.days.min} and ${filter.days.max}`
      : undefined,
    filter.created ? gte(table.createdAt, filter.created.from) : undefined,
    filter.created ? lt(table.createdAt, filter.created.to) : undefined,
    filter.level ? eq(table.level, filter.level) : undefined,
  ];
  return db
    .select({
      ...extra,
      id: table.id,
      date: sql<string>`to_char(${table.updatedAt} at time zone 'UTC', 'YYYY-MM-DD')`,
    })
    .from(table)
    .where(and(...conditions))
    .orderBy(asc(table.updatedAt))
    .limit(limit) as never;
}
