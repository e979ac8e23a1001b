import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from './declarations.schema.ts';

/* Bulk writes of case timelines for `vigilo seed`, which builds the rows itself. */

export type TCaseEventBulkRow = typeof caseEvents.$inferInsert;

/** Inserts the case event rows in large statements, in the order given; returns how many. */
export function insertCaseEventsInBulk(db: TDbOrTx, rows: readonly TCaseEventBulkRow[]): Promise<number> {
  return insertInChunks(db, caseEvents, rows);
}
