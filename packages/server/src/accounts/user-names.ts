import { inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { users } from './accounts.schema.ts';

/**
 * People's names ("First Last") by user id, for the modules that show who recorded something: one query
 * for all the ids instead of a join on the accounts table in each of them. Unknown ids are left out.
 */
export async function userNamesByIds(
  db: TDbOrTx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`]));
}
