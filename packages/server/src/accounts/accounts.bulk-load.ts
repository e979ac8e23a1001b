import { eq } from 'drizzle-orm';
import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { users } from './accounts.schema.ts';

/*
 * Bulk writes of user accounts for `vigilo seed`, which builds the rows itself and loads them in large
 * statements rather than one account at a time.
 */

export type TUserBulkRow = typeof users.$inferInsert;

/** Inserts the user rows in large statements, in the order given; returns how many. */
export function insertUsersInBulk(db: TDbOrTx, rows: readonly TUserBulkRow[]): Promise<number> {
  return insertInChunks(db, users, rows);
}

/** The id of the account with this username, or null. */
export async function userIdByUsername(db: TDbOrTx, username: string): Promise<string | null> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row?.id ?? null;
}
