import { and, desc, eq, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { qualified } from '../db/qualified-column.ts';
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
  subjectType: TCaseSubjectType,
  table: TDeclaredCaseTable,
  columns: Record<string, AnyPgColumn | SQL>,
  query: TDeclaredCasesQuery,
): Promise<{ rows: (TRow & { reportedToCtif: boolean })[]; total: number }> {
  const { criteria } = query;
  const shape: TDeclaredShape = {
    filter: query.filter,
    // As before these statements were prepared: an empty or zero criterion filters nothing.
    status: Boolean(criteria.status),
    olderThanDays: Boolean(criteria.olderThanDays),
    declaredBy: Boolean(criteria.declaredBy),
  };
  const statement = declaredCasesStatements(
    db,
    `${getTableName(table)}:${Object.keys(columns)}:${JSON.stringify(shape)}`,
    { subjectType, table, columns, shape },
  );
  const rows = (await statement.execute({
    organisationId: query.organisationId,
    viewerUserId: query.viewerUserId,
    status: criteria.status,
    olderThanDays: criteria.olderThanDays,
    declaredBy: criteria.declaredBy,
    limit: query.limit,
  })) as (Record<string, unknown> & { matchingCases: number })[];
  return {
    rows: rows.map(({ matchingCases: _n, ...row }) => row) as (TRow & { reportedToCtif: boolean })[],
    total: rows[0]?.matchingCases ?? 0,
  };
}

/** Which of the page's conditions apply: what changes the statement's text (values are placeholders). */
type TDeclaredShape = {
  filter: TDeclarationsFilter;
  status: boolean;
  olderThanDays: boolean;
  declaredBy: boolean;
};

type TCaseSubjectType = 'risk_profile' | 'transaction';

type TDeclaredStatementInput = {
  subjectType: TCaseSubjectType;
  table: TDeclaredCaseTable;
  columns: Record<string, AnyPgColumn | SQL>;
  shape: TDeclaredShape;
};

// Built once per table and combination of conditions (issue 21). The page and the count in one read: the
// window counts every match before the limit applies. The page starts at the first case, so an empty page
// means no match at all (one round trip, one scan).
const declaredCasesStatements = preparedStatements(
  'vigilo_declared_cases',
  (
    db: TDbOrTx,
    name: string,
    _key: string,
    { subjectType, table, columns, shape }: TDeclaredStatementInput,
  ) =>
    db
      .select({
        ...columns,
        reportedToCtif: reportedToCtifSql(subjectType, table),
        matchingCases: sql<number>`count(*) over ()`.mapWith(Number),
      })
      .from(table)
      .where(
        and(
          eq(table.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
          declaredCondition(table, shape),
        ),
      )
      .orderBy(desc(table.updatedAt))
      .limit(sql.placeholder('limit'))
      .prepare(name),
);

const viewer = sql`${sql.placeholder('viewerUserId')}::text`;

/**
 * Whether the viewer sees the case reported to CTIF-CFI (the queue's mark), by the rule the timeline follows
 * (`visibilityFor` in case-workflow.ts): a report not marked hidden from the viewer, and not after a personal
 * report concerning the viewer that CTIF-CFI's answer has not yet closed. In the page's statement, not a
 * read of the page's events after it (issue 21).
 */
function reportedToCtifSql(subjectType: TCaseSubjectType, table: TDeclaredCaseTable): SQL<boolean> {
  const ofTheCase = (e: string) =>
    sql`${sql.identifier(e)}.organisation_id = ${qualified(table.organisationId)} and ${sql.identifier(e)}.subject_type = ${sql.raw(`'${subjectType}'`)} and ${sql.identifier(e)}.subject_id = ${qualified(table.id)}`;
  const isHiddenFromViewer = (e: string) =>
    sql`coalesce((${sql.identifier(e)}.data -> 'hiddenFrom') @> to_jsonb(${viewer}), false)`;
  return sql<boolean>`exists (select 1 from ${caseEvents} r where ${ofTheCase('r')} and r.action = 'report-to-ctif' and not ${isHiddenFromViewer('r')}
    and not exists (select 1 from ${caseEvents} p where ${ofTheCase('p')} and p.action = 'report-personally' and ${isHiddenFromViewer('p')} and p.created_at <= r.created_at
      and not exists (select 1 from ${caseEvents} a where ${ofTheCase('a')} and a.action = 'record-ctif-answer' and a.created_at > p.created_at and a.created_at < r.created_at)))`;
}

/** `all` = every case ever declared (a motivated proposal or a suspicion), closed ones included. */
function declaredCondition(table: TDeclaredCaseTable, shape: TDeclaredShape): SQL {
  return and(
    tabCondition(table, shape.filter),
    shape.status ? eq(table.status, sql`${sql.placeholder('status')}::text`) : undefined,
    shape.olderThanDays
      ? sql`${table.updatedAt} < now() - make_interval(days => ${sql.placeholder('olderThanDays')}::int)`
      : undefined,
    shape.declaredBy
      ? sql`exists (select 1 from ${caseEvents} d where d.subject_id = ${table.id} and d.action in ('propose', 'declare-suspicion') and d.actor_user_id = ${sql.placeholder('declaredBy')}::uuid)`
      : undefined,
  )!;
}

function tabCondition(table: TDeclaredCaseTable, filter: TDeclarationsFilter): SQL {
  // A personal report is never listed to an officer it concerns, nor while it lasts (tipping-off).
  const notHidden = sql`not coalesce((${table.decision} -> 'hiddenFrom') @> to_jsonb(${viewer}), false)`;
  if (filter === 'all') {
    return and(
      sql`exists (select 1 from ${caseEvents} e where e.subject_id = ${table.id} and e.action in ('propose', 'declare-suspicion', 'report-personally') and not coalesce((e.data -> 'hiddenFrom') @> to_jsonb(${viewer}), false))`,
      notHidden,
    )!;
  }
  return and(inArray(table.status, statusesFor[filter]), notHidden)!;
}
