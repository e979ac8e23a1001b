import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from '../db/client.ts';
import type { TCaseTable } from './case-table-queries.ts';
import { caseEvents } from './declarations.schema.ts';

export type TDeclarationsFilter = 'awaiting-officer' | 'awaiting-ctif' | 'open' | 'all';

/** The officer queue's filters: status, how long a case has waited, who declared it. */
export type TDeclarationsCriteria = {
  status?: string;
  olderThanDays?: number;
  declaredBy?: string;
};

/** What the Declarations page asks of each case table: a filter, seen by a viewer, one page deep. */
export type TDeclaredCasesQuery = {
  organisationId: string;
  filter: TDeclarationsFilter;
  viewerUserId: string;
  criteria: TDeclarationsCriteria;
  limit: number;
};

const statusesFor: Record<Exclude<TDeclarationsFilter, 'all'>, string[]> = {
  'awaiting-officer': ['awaiting-officer', 'suspicion-declared', 'ctif-answered'],
  'awaiting-ctif': ['awaiting-ctif', 'reported-personally'],
  open: ['awaiting-officer', 'suspicion-declared', 'awaiting-ctif', 'ctif-answered', 'reported-personally'],
};

type TDeclaredCaseTable = TCaseTable & { decision: AnyPgColumn };

/**
 * The cases of one subject table (risk profiles or transactions) on the Declarations page, newest
 * activity first, with the subject's own columns in `extra`, and how many match in all. The risk and
 * transactions modules call it with their own table, so each reads only its own rows.
 */
export async function findDeclaredCases<TRow>(
  db: TDbOrTx,
  table: TDeclaredCaseTable,
  columns: Record<string, AnyPgColumn>,
  query: TDeclaredCasesQuery,
): Promise<{ rows: TRow[]; total: number }> {
  const where = and(eq(table.organisationId, query.organisationId), declaredCondition(table, query))!;
  // The page and the count in one read: the window counts every match before the limit applies. The page
  // starts at the first case, so an empty page means no match at all (issue 21: one round trip, one scan).
  const rows = await db
    .select({ ...columns, matchingCases: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(table)
    .where(where)
    .orderBy(desc(table.updatedAt))
    .limit(query.limit);
  return {
    rows: rows.map(({ matchingCases: _n, ...row }) => row) as TRow[],
    total: rows[0]?.matchingCases ?? 0,
  };
}

/** `all` = every case ever declared (a motivated proposal or a suspicion), closed ones included. */
function declaredCondition(table: TDeclaredCaseTable, query: TDeclaredCasesQuery): SQL {
  const { criteria } = query;
  return and(
    tabCondition(table, query.filter, query.viewerUserId),
    criteria.status ? eq(table.status, criteria.status) : undefined,
    criteria.olderThanDays
      ? sql`${table.updatedAt} < now() - make_interval(days => ${criteria.olderThanDays}::int)`
      : undefined,
    criteria.declaredBy
      ? sql`exists (select 1 from ${caseEvents} d where d.subject_id = ${table.id} and d.action in ('propose', 'declare-suspicion') and d.actor_user_id = ${criteria.declaredBy}::uuid)`
      : undefined,
  )!;
}

function tabCondition(table: TDeclaredCaseTable, filter: TDeclarationsFilter, viewerUserId: string): SQL {
  // A personal report is never listed to an officer it concerns, nor while it lasts (tipping-off).
  const notHidden = sql`not coalesce((${table.decision} -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text), false)`;
  if (filter === 'all') {
    return and(
      sql`exists (select 1 from ${caseEvents} e where e.subject_id = ${table.id} and e.action in ('propose', 'declare-suspicion', 'report-personally') and not coalesce((e.data -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text), false))`,
      notHidden,
    )!;
  }
  return and(inArray(table.status, statusesFor[filter]), notHidden)!;
}
