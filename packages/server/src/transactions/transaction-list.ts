import { searchTerms } from '@vigilo/domain/contacts/index.ts';
import type { TTransactionListQuery } from '@vigilo/domain/contracts/transactions.ts';
import { and, asc, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import { contactNameSql } from '../contacts/contacts.reads.ts';
import { cappedCount, cappedTotal } from '../db/capped-count.ts';
import type { TDbOrTx } from '../db/client.ts';
import { listQueryValues } from '../db/list-query-values.ts';
import { preparedStatements } from '../db/prepared.ts';
import { qualified } from '../db/qualified-column.ts';
import { summaryColumns } from './transaction-summary.ts';
import { transactions } from './transactions.schema.ts';

type TListShape = {
  terms: number;
  status: boolean;
  vigilance: boolean;
  createdBy: boolean;
  createdFrom: boolean;
  createdTo: boolean;
  sort: TTransactionListQuery['sort'];
  cap: number;
};

/**
 * Beyond this many matches the list says "more than 1,000" instead of counting them all, as the Contacts
 * page does: the count read every transaction of the agency on each page (issue 21).
 */
export const TRANSACTION_COUNT_CAP = 1_000;

/** The page and the count of one combination of filters, every value a placeholder (issue 21). */
function buildList(db: TDbOrTx, name: string, key: string) {
  const shape = JSON.parse(key) as TListShape;
  const p = (param: string, type: string) => sql`${sql.placeholder(param)}::${sql.raw(type)}`;
  const conditions: SQL[] = [eq(transactions.organisationId, p('organisationId', 'uuid'))];
  for (let i = 0; i < shape.terms; i++) conditions.push(like(transactions.searchText, p(`term${i}`, 'text')));
  if (shape.status) conditions.push(eq(transactions.status, sql`${p('status', 'text')}`));
  if (shape.vigilance) conditions.push(eq(transactions.level, sql`${p('vigilance', 'text')}`));
  if (shape.createdBy) conditions.push(eq(transactions.createdBy, p('createdBy', 'uuid')));
  if (shape.createdFrom) conditions.push(gte(transactions.createdAt, p('createdFrom', 'timestamptz')));
  if (shape.createdTo) conditions.push(lt(transactions.createdAt, p('createdTo', 'timestamptz')));
  const where = and(...conditions);
  // Sent unnamed when words are searched, so each is planned with its pattern (as the contacts search).
  const statementName = (suffix: string) => (shape.terms > 0 ? '' : `${name}_${suffix}`);
  const order = {
    reference: [asc(transactions.reference)],
    '-reference': [desc(transactions.reference)],
    created: [asc(transactions.createdAt)],
    '-created': [desc(transactions.createdAt)],
  }[shape.sort];
  const capped = cappedCount(db, transactions, where, shape.cap);
  const page = db
    .select({
      // What a row of the list shows, not the answers and results it does not (issue 21).
      ...summaryColumns,
      createdBy: transactions.createdBy,
      // The parties' names come with their transaction, clients first: one statement fewer per page
      // (issue 21). The contacts module writes the name's subquery. As JSON, which the driver parses
      // natively; a purged party's name is null.
      partyNames: sql<(string | null)[]>`array_to_json(array(select ${contactNameSql(
        sql`tp.contact_id`,
        qualified(transactions.organisationId),
      )} from transaction_parties tp where tp.transaction_id = ${qualified(transactions.id)} order by tp.role, tp.id))`,
      // And the capped count: an uncorrelated subquery, which PostgreSQL runs once for the page (issue 21).
      total: capped.subquery,
    })
    .from(transactions)
    .where(where)
    .orderBy(...order, asc(transactions.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare(statementName('page'));
  const total = capped.countUpTo.prepare(statementName('count'));
  return { page, total };
}

const listStatements = preparedStatements('vigilo_transaction_list', buildList);

/**
 * The Transactions page's rows, each with its parties' names, and how many match, counted up to `cap`
 * (`totalCapped` beyond).
 */
export async function findTransactionPage(
  db: TDbOrTx,
  organisationId: string,
  query: TTransactionListQuery,
  cap = TRANSACTION_COUNT_CAP,
) {
  const terms = searchTerms(query.q ?? '');
  const shape: TListShape = {
    terms: terms.length,
    status: query.status !== undefined,
    vigilance: query.vigilance !== undefined,
    createdBy: query.createdBy !== undefined,
    createdFrom: query.createdFrom !== undefined,
    createdTo: query.createdTo !== undefined,
    sort: query.sort,
    cap,
  };
  const values = {
    ...listQueryValues(terms, query),
    organisationId,
    status: query.status,
    vigilance: query.vigilance,
    createdBy: query.createdBy,
  };
  const statements = listStatements(db, JSON.stringify(shape));
  const rows = await statements.page.execute(values);
  if (rows[0]) return { rows, ...cappedTotal(rows[0].total, cap) };
  // No row: nothing matches, or the page lies past the end and the count says where it is.
  if (query.page === 1) return { rows, ...cappedTotal(0, cap) };
  const [counted] = await statements.total.execute(values);
  return { rows, ...cappedTotal(counted?.n ?? 0, cap) };
}
