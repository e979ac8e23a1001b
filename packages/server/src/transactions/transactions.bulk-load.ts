import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { transactionParties, transactions } from './transactions.schema.ts';

/* Bulk writes of transactions and their parties for `vigilo seed`, which builds the rows itself. */

export type TTransactionBulkRow = typeof transactions.$inferInsert;
export type TTransactionPartyBulkRow = typeof transactionParties.$inferInsert;

/** Inserts the transaction rows in large statements, in the order given; returns how many. */
export function insertTransactionsInBulk(db: TDbOrTx, rows: readonly TTransactionBulkRow[]): Promise<number> {
  return insertInChunks(db, transactions, rows);
}

/** Inserts the transaction party rows in large statements, in the order given; returns how many. */
export function insertTransactionPartiesInBulk(
  db: TDbOrTx,
  rows: readonly TTransactionPartyBulkRow[],
): Promise<number> {
  return insertInChunks(db, transactionParties, rows);
}
