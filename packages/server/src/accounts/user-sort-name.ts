import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { users } from './accounts.schema.ts';

/**
 * The key that sorts people by name ("last first", lower-case) for the user id in `userId` (a column of
 * another module's table), null when there is none: lets a paginated list be ordered by person without
 * joining the accounts table itself.
 */
export function userSortName(userId: SQLWrapper): SQL<string | null> {
  return sql<
    string | null
  >`(select lower(${users.lastName} || ' ' || ${users.firstName}) from ${users} where ${users.id} = ${userId})`;
}
