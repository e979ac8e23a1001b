import { and, asc, count, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import {
  countAssessedCasesPerMonth,
  countCasesByStatusAndAge,
  findCasesMatching,
} from '../declarations/case-table-queries.ts';
import type { TCaseFilter } from '../declarations/declarations.reads.ts';
import { declaredCasesSource } from '../declarations/declared-cases.ts';
import { transactionParties, transactions } from './transactions.schema.ts';

/*
 * Reads of the transactions module's tables for other modules (records export, cockpit, goAML, annual
 * report): they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TTransactionRow = typeof transactions.$inferSelect;
export type TTransactionPartyRow = typeof transactionParties.$inferSelect;

/** Whether the transaction belongs to the organisation. */
export async function transactionExists(db: TDbOrTx, organisationId: string, transactionId: string) {
  const [found] = await db
    .select({ id: transactions.id })
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), eq(transactions.id, transactionId)));
  return Boolean(found);
}

/** Some transactions of the organisation, oldest first. */
export async function transactionsByIds(
  db: TDbOrTx,
  organisationId: string,
  transactionIds: string[],
): Promise<TTransactionRow[]> {
  if (transactionIds.length === 0) return [];
  return db
    .select()
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), inArray(transactions.id, transactionIds)))
    .orderBy(asc(transactions.createdAt));
}

/** The parties of some transactions. */
export async function partiesOfTransactions(
  db: TDbOrTx,
  organisationId: string,
  transactionIds: string[],
): Promise<TTransactionPartyRow[]> {
  if (transactionIds.length === 0) return [];
  return db
    .select()
    .from(transactionParties)
    .where(
      and(
        eq(transactionParties.organisationId, organisationId),
        inArray(transactionParties.transactionId, transactionIds),
      ),
    );
}

/** The transactions a contact is a party to (each once). */
export async function transactionIdsOfContact(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: transactionParties.transactionId })
    .from(transactionParties)
    .where(
      and(eq(transactionParties.organisationId, organisationId), eq(transactionParties.contactId, contactId)),
    );
  return rows.map((r) => r.id);
}

/** The contacts party to a transaction (each once). */
export async function contactIdsOfTransaction(
  db: TDbOrTx,
  organisationId: string,
  transactionId: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: transactionParties.contactId })
    .from(transactionParties)
    .where(
      and(
        eq(transactionParties.organisationId, organisationId),
        eq(transactionParties.transactionId, transactionId),
      ),
    );
  return rows.map((r) => r.id);
}

/** Transactions in open statuses, counted per status and per whole days since their last move. */
export function countTransactionsByStatusAndAge(
  db: TDbOrTx,
  organisationId: string,
  statuses: string[],
  now: Date,
) {
  return countCasesByStatusAndAge(db, transactions, organisationId, statuses, now);
}

/** Transactions computed per month (UTC, `YYYY-MM`) since `from`, and how many with heightened vigilance. */
export function countAssessedTransactionsPerMonth(db: TDbOrTx, organisationId: string, from: Date) {
  return countAssessedCasesPerMonth(db, transactions, organisationId, from);
}

/** Transactions matching a case filter, oldest move first, at most `limit`; `date` is the day of the last move. */
export function findTransactionsCases(
  db: TDbOrTx,
  organisationId: string,
  filter: TCaseFilter,
  limit: number,
) {
  return findCasesMatching(
    db,
    transactions,
    { reference: transactions.reference },
    organisationId,
    filter,
    limit,
  );
}

/** Where the Declarations page reads the transactions' cases, titled with their reference. */
export const declaredTransactionsSource = declaredCasesSource({
  subjectType: 'transaction',
  table: transactions,
  columns: {
    id: transactions.id,
    reference: transactions.reference,
    status: transactions.status,
    decision: transactions.decision,
    level: transactions.level,
    updatedAt: transactions.updatedAt,
  },
});

/** Transactions created per month (UTC, `YYYY-MM`) since `from`. */
export async function countTransactionsPerMonth(db: TDbOrTx, organisationId: string, from: Date) {
  return db
    .select({
      month: sql<string>`to_char(${transactions.createdAt} at time zone 'UTC', 'YYYY-MM')`,
      n: count(),
    })
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), gte(transactions.createdAt, from)))
    .groupBy(sql`1`);
}

/** The references of some transactions of the organisation. */
export async function transactionReferencesByIds(
  db: TDbOrTx,
  organisationId: string,
  transactionIds: string[],
) {
  if (transactionIds.length === 0) return [];
  return db
    .select({ id: transactions.id, reference: transactions.reference })
    .from(transactions)
    .where(and(eq(transactions.organisationId, organisationId), inArray(transactions.id, transactionIds)));
}

/** Transactions created in [from, to): all, with vigilance computed, with heightened vigilance. */
export async function countTransactionsCreated(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  const created = and(
    eq(transactions.organisationId, organisationId),
    gte(transactions.createdAt, from),
    lt(transactions.createdAt, to),
  );
  const countWhere = async (where: ReturnType<typeof and>) =>
    (await db.select({ n: count() }).from(transactions).where(where))[0]?.n ?? 0;
  return {
    created: await countWhere(created),
    computed: await countWhere(and(created, isNotNull(transactions.level))),
    heightened: await countWhere(and(created, eq(transactions.level, 'heightened'))),
  };
}

/** One transaction of the organisation. */
export async function findTransaction(
  db: TDbOrTx,
  organisationId: string,
  transactionId: string,
): Promise<TTransactionRow | null> {
  const [row] = await db
    .select()
    .from(transactions)
    .where(and(eq(transactions.id, transactionId), eq(transactions.organisationId, organisationId)));
  return row ?? null;
}

/** The transaction a risk profile was used in (a profile serves one sale), if any. */
export async function transactionOfProfile(
  db: TDbOrTx,
  organisationId: string,
  profileId: string,
): Promise<TTransactionRow | null> {
  const [deal] = await db
    .select({ transaction: transactions })
    .from(transactionParties)
    .innerJoin(transactions, eq(transactions.id, transactionParties.transactionId))
    .where(
      and(
        eq(transactionParties.riskProfileId, profileId),
        eq(transactionParties.organisationId, organisationId),
      ),
    );
  return deal?.transaction ?? null;
}
