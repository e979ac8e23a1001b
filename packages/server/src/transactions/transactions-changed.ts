import { type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';

/** The organisation's transactions created or changed within a period (`within`, given a column). */
export async function transactionIdsChangedWithin(
  db: TDbOrTx,
  organisationId: string,
  within: (column: SQL) => SQL,
): Promise<string[]> {
  const result = await db.execute(sql`
    select t.id from transactions t where t.organisation_id = ${organisationId}
      and (${within(sql`t.created_at`)} or ${within(sql`t.updated_at`)})`);
  return (result.rows as { id: string }[]).map((r) => r.id);
}
