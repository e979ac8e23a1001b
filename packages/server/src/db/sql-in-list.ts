import { type SQL, sql } from 'drizzle-orm';

/** `in (…)` over a list of values, for raw SQL; callers guard against the empty list. */
export const inList = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
