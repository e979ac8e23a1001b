import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { contacts, contactVersions } from './contacts.schema.ts';

/* Bulk writes of contacts and their versions for `vigilo seed`, which builds the rows itself. */

export type TContactBulkRow = typeof contacts.$inferInsert;
export type TContactVersionBulkRow = typeof contactVersions.$inferInsert;

/** Inserts the contact rows in large statements, in the order given; returns how many. */
export function insertContactsInBulk(db: TDbOrTx, rows: readonly TContactBulkRow[]): Promise<number> {
  return insertInChunks(db, contacts, rows);
}

/** Inserts the contact version rows in large statements, in the order given; returns how many. */
export function insertContactVersionsInBulk(
  db: TDbOrTx,
  rows: readonly TContactVersionBulkRow[],
): Promise<number> {
  return insertInChunks(db, contactVersions, rows);
}
