import { withCompiledRowMapping } from './compiled-row-mapping.ts';

/**
 * Prepared statements for hot queries: Drizzle builds a query's SQL text on every call (a quarter of the
 * server's CPU under load, issue 21); a prepared query is built once per shape and runs as a named
 * statement that each connection parses once. `preparedStatements(prefix, build)` gives a getter
 * `(db, key)` that builds the query for `key` on first use and keeps it for that database (or transaction)
 * object; `key` must name everything that changes the SQL text (never a value: values are placeholders).
 * `input` carries what the builder needs besides the key (a table, say); it is read on first use only.
 * Each select built (alone or as a value of the object the builder returns) maps its rows with a mapper
 * compiled once (`compiled-row-mapping.ts`).
 */
export function preparedStatements<TDatabase extends object, TStatement, TInput = undefined>(
  prefix: string,
  build: (db: TDatabase, name: string, key: string, input: TInput) => TStatement,
): (db: TDatabase, key?: string, input?: TInput) => TStatement {
  const names = new Map<string, string>();
  const byDb = new WeakMap<TDatabase, Map<string, TStatement>>();
  return (db, key = '', input) => {
    let statements = byDb.get(db);
    if (!statements) {
      statements = new Map();
      byDb.set(db, statements);
    }
    let statement = statements.get(key);
    if (!statement) {
      // One name per distinct SQL text: a connection keeps each named statement it has prepared.
      let name = names.get(key);
      if (!name) {
        name = `${prefix}_${names.size}`;
        names.set(key, name);
      }
      statement = withCompiledMappings(build(db, name, key, input as TInput));
      statements.set(key, statement);
    }
    return statement;
  };
}

/** The builder's statement, or each statement of the object it returned, with its row mapping compiled. */
function withCompiledMappings<T>(built: T): T {
  if (typeof built !== 'object' || built === null) return built;
  if ('execute' in built) return withCompiledRowMapping(built);
  for (const value of Object.values(built)) withCompiledRowMapping(value);
  return built;
}
