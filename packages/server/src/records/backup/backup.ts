import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { TConfig } from '../../config.ts';
import type { TDb, TTx } from '../../db/client.ts';
import { appliedMigrations, quoteIdent, tablesInDependencyOrder } from './database-tables.ts';

export const backupFormat = 'vigilo-backup';

export type TBackupReport = { tables: number; rows: number; files: number; bytes: number };

/**
 * Writes a backup of every table and of the documents kept as files, as one gzip'd JSON-lines file:
 * a header (format, migrations, tables), then per table a line naming it and one line per row (the
 * row as PostgreSQL's own JSON, so no value goes through a JavaScript number or date), then each
 * document file (base64, with its SHA-256), then an end line with the counts — a cut file is refused.
 * The same format serves the embedded database and PostgreSQL, in both directions.
 * Tables are read in one REPEATABLE READ transaction: a consistent snapshot while Vigilo runs.
 */
export async function writeBackup(
  db: TDb,
  config: TConfig,
  file: string,
  driver: string,
): Promise<TBackupReport> {
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const closed = once(out, 'close');
  const write = async (line: string) => {
    if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
  };
  const report = { tables: 0, rows: 0, files: 0, bytes: 0 };
  await db.transaction(
    async (tx) => {
      const tables = await tablesInDependencyOrder(tx);
      await write(
        JSON.stringify({
          vigilo: 'header',
          format: backupFormat,
          formatVersion: 1,
          createdAt: new Date().toISOString(),
          driver,
          migrations: await appliedMigrations(tx),
          tables,
        }),
      );
      for (const table of tables) {
        await write(JSON.stringify({ vigilo: 'table', name: table }));
        report.rows += await writeRows(tx, table, write);
        report.tables += 1;
      }
      const files = await tx.execute(
        sql`select storage_key, sha256 from documents where storage = 'local' order by storage_key`,
      );
      for (const { storage_key, sha256 } of files.rows as { storage_key: string; sha256: string }[]) {
        const bytes = await readFile(join(config.dataDir, 'documents', storage_key));
        if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
          throw new Error(`document file ${storage_key} does not match its SHA-256: backup stopped`);
        }
        await write(
          JSON.stringify({ vigilo: 'file', key: storage_key, sha256, base64: bytes.toString('base64') }),
        );
        report.files += 1;
        report.bytes += bytes.length;
      }
      await write(JSON.stringify({ vigilo: 'end', rows: report.rows, files: report.files }));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  gzip.end();
  await closed;
  return report;
}

/** Rows in physical order, a page at a time (keyset on ctid), each as `{"r":<row JSON>}`. */
async function writeRows(tx: TTx, table: string, write: (line: string) => Promise<void>): Promise<number> {
  let last = '(0,0)';
  let count = 0;
  for (;;) {
    const page = await tx.execute(
      sql.raw(
        `select ctid::text as c, row_to_json(t)::text as r from ${quoteIdent(table)} t
         where ctid > '${last}'::tid order by ctid limit 1000`,
      ),
    );
    const rows = page.rows as { c: string; r: string }[];
    if (rows.length === 0) return count;
    for (const row of rows) await write(`{"r":${row.r}}`);
    count += rows.length;
    last = rows.at(-1)!.c;
  }
}
