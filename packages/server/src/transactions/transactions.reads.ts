import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
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
