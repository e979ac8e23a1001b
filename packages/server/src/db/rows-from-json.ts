import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * A table's rows that a statement returned as one JSON array (`json_agg` of the table's own rows), in the
 * shape a Drizzle select gives them: each value under its property name, mapped as its column maps what
 * the driver reads (a timestamp into a Date, a bigint into a number). A page of rows can then ride in
 * the one-row statement of the page's other facts, one round trip instead of two (issue 21).
 */
export function rowsFromJson<T extends Table>(
  table: T,
  json: readonly Record<string, unknown>[],
): T['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, column }));
  return json.map((stored) => {
    const row: Record<string, unknown> = {};
    for (const { key, column } of columns) {
      const value = stored[column.name];
      row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return row as T['$inferSelect'];
  });
}
