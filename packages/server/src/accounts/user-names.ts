import { sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { users } from './accounts.schema.ts';

// Prepared once: most lists ask for the names of who recorded their rows (issue 21).
const namesOfUsers = preparedStatements('vigilo_user_names', (db: TDbOrTx, name) =>
  db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(users)
    .where(sql`${users.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare(name),
);

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
  const rows = await namesOfUsers(db).execute({ ids: wanted });
  return new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`]));
}
