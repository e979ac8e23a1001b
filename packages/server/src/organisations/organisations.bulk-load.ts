import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import {
  allowedEnterpriseNumbers,
  memberships,
  organisations,
  userRecognitions,
} from './organisations.schema.ts';

/*
 * Bulk writes of organisations, their memberships and their members' recognitions for `vigilo seed`,
 * which builds the rows itself and loads them in large statements.
 */

export type TOrganisationBulkRow = typeof organisations.$inferInsert;
export type TAllowedEnterpriseNumberBulkRow = typeof allowedEnterpriseNumbers.$inferInsert;
export type TMembershipBulkRow = typeof memberships.$inferInsert;
export type TUserRecognitionBulkRow = typeof userRecognitions.$inferInsert;

/** Inserts the organisation rows in large statements, in the order given; returns how many. */
export function insertOrganisationsInBulk(
  db: TDbOrTx,
  rows: readonly TOrganisationBulkRow[],
): Promise<number> {
  return insertInChunks(db, organisations, rows);
}

/** Inserts the allowed enterprise numbers (the platform's go-ahead to sign up) in large statements. */
export function insertAllowedEnterpriseNumbersInBulk(
  db: TDbOrTx,
  rows: readonly TAllowedEnterpriseNumberBulkRow[],
): Promise<number> {
  return insertInChunks(db, allowedEnterpriseNumbers, rows);
}

/** Inserts the membership rows in large statements, in the order given; returns how many. */
export function insertMembershipsInBulk(db: TDbOrTx, rows: readonly TMembershipBulkRow[]): Promise<number> {
  return insertInChunks(db, memberships, rows);
}

/** Inserts the user recognition rows in large statements, in the order given; returns how many. */
export function insertUserRecognitionsInBulk(
  db: TDbOrTx,
  rows: readonly TUserRecognitionBulkRow[],
): Promise<number> {
  return insertInChunks(db, userRecognitions, rows);
}
