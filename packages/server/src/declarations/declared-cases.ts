import { and, eq, type GetColumnData, getTableName, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from '../db/client.ts';
import { fieldsOf, rowMapperOf, type TRowMapper } from '../db/compiled-row-mapping.ts';
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
type TCaseSubjectType = 'risk_profile' | 'transaction';
type TDeclaredColumns = Record<string, AnyPgColumn | SQL>;

/**
 * Where one kind of case comes from on the Declarations page: the subject's table (risk profiles or
 * transactions), the columns its module shows, and the mapper of the row they give. The risk and
 * transactions modules each describe their own with `declaredCasesSource`, once.
 */
export type TDeclaredCasesSource<TRow> = {
  subjectType: TCaseSubjectType;
  table: TDeclaredCaseTable;
  columns: TDeclaredColumns;
  mapRow: TRowMapper<TRow>;
  /** Names the table and columns in the statement's cache key. */
  key: string;
};

/** The value a column or SQL field gives in a row, as a select types it. */
type TFieldValue<F> = F extends AnyPgColumn ? GetColumnData<F> : F extends SQL<infer T> ? T : never;
export type TRowOfColumns<TColumns> = { [K in keyof TColumns]: TFieldValue<TColumns[K]> };

/** A source of cases whose row is what its columns give. */
export function declaredCasesSource<TColumns extends TDeclaredColumns>(source: {
  subjectType: TCaseSubjectType;
  table: TDeclaredCaseTable;
  columns: TColumns;
}): TDeclaredCasesSource<TRowOfColumns<TColumns>> {
  return {
    ...source,
    mapRow: rowMapperOf(fieldsOf(source.columns)),
    key: `${getTableName(source.table)}:${Object.keys(source.columns)}`,
  };
}

export type TDeclaredCases<TRow> = { rows: (TRow & { reportedToCtif: boolean })[]; total: number };

/**
 * The cases of two subject tables on the Declarations page, each newest activity first, one page deep,
 * with the subject's own columns, whether the viewer sees it reported to CTIF-CFI, and how many match in
 * all: in one statement, each table's page as one JSON array (issue 21: each statement costs the server a
 * write and PostgreSQL a wake-up).
 */
export async function findDeclaredCases<TFirst, TSecond>(
  db: TDbOrTx,
  query: TDeclaredCasesQuery,
  first: TDeclaredCasesSource<TFirst>,
  second: TDeclaredCasesSource<TSecond>,
): Promise<[TDeclaredCases<TFirst>, TDeclaredCases<TSecond>]> {
  const { criteria } = query;
  const shape: TDeclaredShape = {
    filter: query.filter,
    // As before these statements were prepared: an empty or zero criterion filters nothing.
    status: Boolean(criteria.status),
    olderThanDays: Boolean(criteria.olderThanDays),
    declaredBy: Boolean(criteria.declaredBy),
  };
  const statement = declaredCasesStatements(db, `${first.key}|${second.key}:${JSON.stringify(shape)}`, {
    sources: [first, second],
    shape,
  });
  const [found] = await statement.execute({
    organisationId: query.organisationId,
    viewerUserId: query.viewerUserId,
    status: criteria.status,
    olderThanDays: criteria.olderThanDays,
    declaredBy: criteria.declaredBy,
    limit: query.limit,
  });
  return [decodedCases(first, found?.first), decodedCases(second, found?.second)];
}

/** One table's page as the statement gave it: each case an array of its columns in the source's order. */
type TCasesJson = { rows: unknown[][]; total: number };

function decodedCases<TRow>(
  source: TDeclaredCasesSource<TRow>,
  json: TCasesJson | undefined,
): TDeclaredCases<TRow> {
  const marked = Object.keys(source.columns).length;
  const rows = (json?.rows ?? []).map((values) => ({
    ...source.mapRow(values),
    reportedToCtif: values[marked] === true,
  }));
  return { rows, total: json?.total ?? 0 };
}

/** Which of the page's conditions apply: what changes the statement's text (values are placeholders). */
type TDeclaredShape = {
  filter: TDeclarationsFilter;
  status: boolean;
  olderThanDays: boolean;
  declaredBy: boolean;
};

type TDeclaredStatementInput = {
  sources: [TDeclaredCasesSource<unknown>, TDeclaredCasesSource<unknown>];
  shape: TDeclaredShape;
};

// Built once per pair of sources and combination of conditions (issue 21). Each table's page and its count
// in one read: the window counts every match before the limit applies.
const declaredCasesStatements = preparedStatements(
  'vigilo_declared_cases',
  (db: TDbOrTx, name: string, _key: string, { sources, shape }: TDeclaredStatementInput) =>
    db
      .select({
        first: sql<TCasesJson>`${casesJsonSql(sources[0], shape)}`,
        second: sql<TCasesJson>`${casesJsonSql(sources[1], shape)}`,
      })
      .from(sql`(select 1) as one`)
      .prepare(name),
);

/** One table's matching cases, newest activity first, one page deep, as `{ rows, total }` in JSON. */
function casesJsonSql(source: TDeclaredCasesSource<unknown>, shape: TDeclaredShape): SQL {
  const { subjectType, table } = source;
  const fields: (AnyPgColumn | SQL)[] = [
    ...Object.values(source.columns),
    reportedToCtifSql(subjectType, table),
  ];
  const aliases = fields.map((_, i) => sql.identifier(`c${i}`));
  const selected = sql.join(
    fields.map((field, i) => sql`${field} as ${aliases[i]}`),
    sql`, `,
  );
  const where = and(
    eq(table.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
    declaredCondition(table, shape),
  );
  return sql`(select json_build_object(
      'rows', coalesce(json_agg(json_build_array(${sql.join(aliases, sql`, `)}) order by page.sort_key desc), '[]'::json),
      'total', coalesce(max(page.matching), 0))
    from (select ${selected}, ${table.updatedAt} as sort_key, count(*) over () as matching
          from ${table} where ${where}
          order by ${table.updatedAt} desc limit ${sql.placeholder('limit')}) as page)`;
}

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
