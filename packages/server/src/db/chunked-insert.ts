import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { TDbOrTx } from './client.ts';

/**
 * Inserts rows in statements of at most ~30,000 parameters (PostgreSQL allows 65,535), in the order
 * given; for the bulk loads each module offers for its own tables. Returns how many rows it inserted.
 */
export async function insertInChunks<T extends PgTable>(
  db: TDbOrTx,
  table: T,
  rows: readonly T['$inferInsert'][],
): Promise<number> {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += size) await db.insert(table).values(rows.slice(i, i + size));
  return rows.length;
}
