import { sql } from 'drizzle-orm';
import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { paymentIntents, walletMovements, wallets } from './wallet.schema.ts';

/*
 * Bulk writes of wallets, their ledgers and payment intents for `vigilo seed`, which builds the rows
 * itself (replaying the ledger's rules in memory) and loads them in large statements.
 */

export type TWalletBulkRow = typeof wallets.$inferInsert;
export type TWalletMovementBulkRow = typeof walletMovements.$inferInsert;
export type TPaymentIntentBulkRow = typeof paymentIntents.$inferInsert;

/** Draws `count` wallet numbers from the wallets table's own sequence, in the order drawn. */
export async function drawWalletNumbers(db: TDbOrTx, count: number): Promise<number[]> {
  const numbers = await db.execute(
    sql`select nextval(pg_get_serial_sequence('wallets', 'number'))::int as n from generate_series(1, ${count})`,
  );
  return (numbers.rows as { n: number }[]).map((row) => Number(row.n));
}

/** Inserts the wallet rows in large statements, in the order given; returns how many. */
export function insertWalletsInBulk(db: TDbOrTx, rows: readonly TWalletBulkRow[]): Promise<number> {
  return insertInChunks(db, wallets, rows);
}

/** Inserts ledger movements already numbered and balanced, in large statements, in the order given. */
export function insertWalletMovementsInBulk(
  db: TDbOrTx,
  rows: readonly TWalletMovementBulkRow[],
): Promise<number> {
  return insertInChunks(db, walletMovements, rows);
}

/** Inserts the payment intent rows in large statements, in the order given; returns how many. */
export function insertPaymentIntentsInBulk(
  db: TDbOrTx,
  rows: readonly TPaymentIntentBulkRow[],
): Promise<number> {
  return insertInChunks(db, paymentIntents, rows);
}
