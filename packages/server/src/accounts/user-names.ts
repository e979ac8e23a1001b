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
 * How long this instance reuses a name it read. Two thirds of all requests showed who recorded something
 * and each paid a statement for the same few names (issue 21); a rename made here is seen at once, one made
 * through another instance within this delay. Only the label is cached: rights, rows and the audit chain
 * never go through it.
 */
const NAME_REUSE_MS = 10_000;
const MAX_REMEMBERED = 10_000;
const remembered = new Map<string, { name: string | null; until: number }>();

/**
 * People's names ("First Last") by user id, for the modules that show who recorded something: one query
 * for all the ids not read in the last seconds, instead of a join on the accounts table in each of them.
 * Unknown ids are left out.
 */
export async function userNamesByIds(
  db: TDbOrTx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  const now = Date.now();
  const names = new Map<string, string>();
  const unread: string[] = [];
  for (const id of wanted) {
    const known = remembered.get(id);
    if (known === undefined || known.until <= now) unread.push(id);
    else if (known.name !== null) names.set(id, known.name);
  }
  if (unread.length === 0) return names;
  const rows = await namesOfUsers(db).execute({ ids: unread });
  const found = new Map(rows.map((r) => [r.id, `${r.firstName} ${r.lastName}`]));
  for (const id of unread) {
    const name = found.get(id) ?? null;
    remember(id, name, now + NAME_REUSE_MS);
    if (name !== null) names.set(id, name);
  }
  return names;
}

/** Called once a user's names changed here: this instance shows the new ones at once. */
export function forgetUserName(userId: string): void {
  remembered.delete(userId);
}

function remember(id: string, name: string | null, until: number): void {
  // Oldest first out: a Map iterates in insertion order.
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  remembered.delete(id);
  remembered.set(id, { name, until });
}
