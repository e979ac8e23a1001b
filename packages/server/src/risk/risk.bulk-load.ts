import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { riskProfiles } from './risk.schema.ts';

/* Bulk writes of risk profiles for `vigilo seed`, which builds the rows itself. */

export type TRiskProfileBulkRow = typeof riskProfiles.$inferInsert;

/** Inserts the risk profile rows in large statements, in the order given; returns how many. */
export function insertRiskProfilesInBulk(db: TDbOrTx, rows: readonly TRiskProfileBulkRow[]): Promise<number> {
  return insertInChunks(db, riskProfiles, rows);
}
