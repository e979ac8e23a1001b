import { getTableName, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column written with its table's name. A correlated subquery in a select list needs it: Drizzle leaves
 * the columns of a one-table select unqualified, and the subquery's own table would capture a name they
 * share (`organisation_id`, `id`).
 */
export function qualified(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
