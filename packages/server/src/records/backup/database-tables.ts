import { sql } from 'drizzle-orm';
import type { TDbOrTx } from '../../db/client.ts';

/** The application's tables, parents before children (foreign keys), so rows can be restored in order. */
export async function tablesInDependencyOrder(db: TDbOrTx): Promise<string[]> {
  const tables = (
    (await db.execute(sql`select tablename from pg_tables where schemaname = 'public' order by tablename`))
      .rows as { tablename: string }[]
  ).map((r) => r.tablename);
  const edges = (
    await db.execute(sql`
      select child.relname as child, parent.relname as parent
      from pg_constraint c
      join pg_class child on child.oid = c.conrelid
      join pg_class parent on parent.oid = c.confrelid
      join pg_namespace n on n.oid = child.relnamespace
      where c.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid`)
  ).rows as { child: string; parent: string }[];
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (ordered.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const e of edges) if (e.child === table) visit(e.parent);
    visiting.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}

/** The migrations applied to this database (drizzle's journal), oldest first. */
export async function appliedMigrations(db: TDbOrTx): Promise<string[]> {
  const result = await db.execute(sql`select hash from drizzle.__drizzle_migrations order by created_at, id`);
  return (result.rows as { hash: string }[]).map((r) => r.hash);
}

/** Columns with a sequence (serial, bigserial), to move the sequences past the restored values. */
export async function serialColumns(
  db: TDbOrTx,
): Promise<{ table: string; column: string; sequence: string }[]> {
  const result = await db.execute(sql`
    select c.table_name as table, c.column_name as column,
           pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as sequence
    from information_schema.columns c
    where c.table_schema = 'public' and c.column_default like 'nextval(%'`);
  return result.rows as { table: string; column: string; sequence: string }[];
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
