import { Column, getTableColumns, is, SQL, Subquery, type Table } from 'drizzle-orm';

type TDecoder = { mapFromDriverValue(value: unknown): unknown };
/** A selected field and where its value goes in the row (Drizzle's `fields` of a select). */
type TSelectedField = { path: string[]; field: unknown };
/** What a Drizzle prepared select carries (node-postgres and PGlite alike) that the mapping needs. */
type TPreparedSelect = {
  fields?: TSelectedField[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: (rows: unknown[][]) => unknown[];
};

/** From a row's values in its fields' order (pg's array row, or a JSON array of them), the row as a select gives it. */
export type TRowMapper<TRow> = (values: readonly unknown[]) => TRow;

/**
 * Drizzle maps each row of a select by asking, for every column of every row, what kind of field it is (a
 * walk up the prototype chain each time): 17 % of the contacts list's server CPU (issue 21). For a
 * prepared select the answer never changes, so this gives the statement the mapper of `rowMapperOf`, with
 * the same result. A select with an outer join keeps Drizzle's own mapping, which turns a joined table
 * whose columns are all null into null.
 */
export function withCompiledRowMapping<T>(statement: T): T {
  if (typeof statement !== 'object' || statement === null) return statement;
  const select = statement as TPreparedSelect;
  if (!Array.isArray(select.fields) || select.customResultMapper) return statement;
  const outerJoin = Object.values(select.joinsNotNullableMap ?? {}).some((notNull) => !notNull);
  if (outerJoin) return statement;
  const mapRow = rowMapperOf(select.fields);
  select.customResultMapper = (rows) => rows.map(mapRow);
  return statement;
}

/**
 * The mapper of rows whose values come in the fields' order: each column's decoder and place resolved
 * once, then only decoding (a timestamp into a Date, a bigint into a number); null stays null. The same
 * choice as Drizzle's `mapResultRow`, for a select's rows or for a page of rows that rode in another
 * statement as a JSON array of arrays (issue 21: one round trip instead of two).
 */
export function rowMapperOf<TRow = Record<string, unknown>>(
  fields: readonly TSelectedField[],
): TRowMapper<TRow> {
  const columns = fields.map(({ path, field }, index) => ({
    index,
    parents: path.slice(0, -1),
    key: path[path.length - 1]!,
    decoder: decoderOf(field),
  }));
  return (values) => {
    const row: Record<string, unknown> = {};
    for (const { index, parents, key, decoder } of columns) {
      let node = row;
      for (const parent of parents) {
        node[parent] ??= {};
        node = node[parent] as Record<string, unknown>;
      }
      const raw = values[index];
      node[key] = raw === null || raw === undefined ? null : decoder.mapFromDriverValue(raw);
    }
    return row as TRow;
  };
}

/** Flat fields, one per property in the record's order: `rowMapperOf(fieldsOf(columns))`. */
export function fieldsOf(columns: Record<string, unknown>): TSelectedField[] {
  return Object.entries(columns).map(([key, field]) => ({ path: [key], field }));
}

/** A table's rows as `select *` gives them, from each row's values in the table's column order. */
export function tableRowMapperOf<T extends Table>(table: T): TRowMapper<T['$inferSelect']> {
  return rowMapperOf(fieldsOf(getTableColumns(table)));
}

/** The decoder Drizzle's `mapResultRow` picks for a field (`decoder` is Drizzle's internal). */
function decoderOf(field: unknown): TDecoder {
  if (is(field, Column)) return field;
  type TWithDecoder = { decoder: TDecoder };
  if (is(field, SQL)) return (field as unknown as TWithDecoder).decoder;
  if (is(field, Subquery)) return (field as unknown as { _: { sql: TWithDecoder } })._.sql.decoder;
  return (field as { sql: TWithDecoder }).sql.decoder;
}
