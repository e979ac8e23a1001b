import { ilike, inArray, or } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import type { TUserRow } from './accounts.reads.ts';
import { users } from './accounts.schema.ts';

/*
 * Accounts as other modules see them: the members of an organisation, its managers to notify, the
 * administrator's user search. One query for a list of ids, so no module joins the accounts table itself.
 */

/** Some accounts by user id, ordered by last then first name; unknown ids are left out. */
export async function accountsByIds(db: TDbOrTx, ids: readonly string[]): Promise<TUserRow[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  return db.select().from(users).where(inArray(users.id, wanted)).orderBy(users.lastName, users.firstName);
}

/**
 * Accounts whose username, e-mail or name contains `q` (case-insensitively; every account when `q` is
 * empty), ordered by name, at most `limit` of them.
 */
export async function searchAccounts(db: TDbOrTx, q: string, limit: number): Promise<TUserRow[]> {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select()
    .from(users)
    .where(
      q
        ? or(
            ilike(users.username, pattern),
            ilike(users.email, pattern),
            ilike(users.lastName, pattern),
            ilike(users.firstName, pattern),
          )
        : undefined,
    )
    .orderBy(users.lastName, users.firstName)
    .limit(limit);
}
