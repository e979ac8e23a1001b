import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { screenings } from './screening.schema.ts';

/* Bulk writes of screenings for `vigilo seed`, which builds the rows itself. */

export type TScreeningBulkRow = typeof screenings.$inferInsert;

/** Inserts the screening rows in large statements, in the order given; returns how many. */
export function insertScreeningsInBulk(db: TDbOrTx, rows: readonly TScreeningBulkRow[]): Promise<number> {
  return insertInChunks(db, screenings, rows);
}
