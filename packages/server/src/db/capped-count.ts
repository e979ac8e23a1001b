import { count, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './client.ts';

/**
 * A list's count that stops one past `cap`: enough to give the number or to say there are more, without
 * reading every match of a large agency (issue 21). As an uncorrelated subquery, PostgreSQL runs it once
 * for the page that carries it; `countUpTo` is the same count as a statement of its own.
 */
export function cappedCount(db: TDbOrTx, table: PgTable, where: SQL | undefined, cap: number) {
  const matching = db
    .select({ one: sql`1` })
    .from(table)
    .where(where)
    .limit(cap + 1)
    .as('matching');
  return {
    subquery: sql<number>`(${db.select({ n: count() }).from(matching)})::int`,
    countUpTo: db.select({ n: count() }).from(matching),
  };
}

/** What a list says of a count that stopped at `cap`: the number, or "more than `cap`". */
export function cappedTotal(counted: number, cap: number): { total: number; totalCapped: boolean } {
  return { total: Math.min(counted, cap), totalCapped: counted > cap };
}
