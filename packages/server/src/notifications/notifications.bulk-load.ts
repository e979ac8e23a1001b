import { insertInChunks } from '../db/chunked-insert.ts';
import type { TDbOrTx } from '../db/client.ts';
import { notifications } from './notifications.schema.ts';

/* Bulk writes of notifications for `vigilo seed`, which builds the rows itself. */

export type TNotificationBulkRow = typeof notifications.$inferInsert;

/** Inserts the notification rows in large statements, in the order given; returns how many. */
export function insertNotificationsInBulk(
  db: TDbOrTx,
  rows: readonly TNotificationBulkRow[],
): Promise<number> {
  return insertInChunks(db, notifications, rows);
}
