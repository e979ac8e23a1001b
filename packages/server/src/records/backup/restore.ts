import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { TConfig } from '../../config.ts';
import type { TDb, TTx } from '../../db/client.ts';
import { backupFormat } from './backup.ts';
import { appliedMigrations, quoteIdent, serialColumns, tablesInDependencyOrder } from './database-tables.ts';

export class RestoreRefused extends Error {}

type THeader = {
  format: string;
  formatVersion: number;
  migrations: string[];
  tables: string[];
  createdAt: string;
};

const documentKey = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

/**
 * Restores a `vigilo backup` file into this installation: refuses a file cut short, a backup made by a
 * different schema version, and (unless `force`) a database that already holds accounts or
 * organisations. Every table is emptied and refilled in one transaction, parents first; sequences move
 * past the restored ids; document files are written back after their SHA-256 is checked.
 */
export async function restoreBackup(
  db: TDb,
  config: TConfig,
  file: string,
  options: { force?: boolean } = {},
): Promise<{ tables: number; rows: number; files: number }> {
  try {
    return await restoreFrom(db, config, file, options);
  } catch (error) {
    throw isCorruption(error)
      ? new RestoreRefused('the backup file is truncated or corrupt: nothing restored')
      : error;
  }
}

/**
 * A file cut short or damaged fails in gunzip (zlib `Z_*` codes), in a JSON line, or in PostgreSQL's
 * decoding of a row (data exceptions, class 22): the transaction is rolled back and the operator gets the
 * documented one-line refusal, not a stack trace.
 */
function isCorruption(error: unknown): boolean {
  if (error instanceof RestoreRefused) return false;
  if (error instanceof SyntaxError) return true;
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } }).code ??
    (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' && (code.startsWith('Z_') || /^22[0-9A-Z]{3}$/.test(code));
}

async function restoreFrom(
  db: TDb,
  config: TConfig,
  file: string,
  options: { force?: boolean },
): Promise<{ tables: number; rows: number; files: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? null : (JSON.parse(first.value) as THeader & { vigilo: string });
  if (header?.vigilo !== 'header' || header.format !== backupFormat)
    throw new RestoreRefused('not a Vigilo backup');
  const installed = await appliedMigrations(db);
  if (installed.join() !== header.migrations.join()) {
    throw new RestoreRefused(
      `the backup was made by a different version of Vigilo (${header.migrations.length} migrations, this one has ${installed.length}): restore it with the version that made it`,
    );
  }
  if (!options.force && (await holdsData(db))) {
    throw new RestoreRefused(
      'this database already holds accounts or organisations: restore into an empty installation, or pass --force to replace everything',
    );
  }
  let files = 0;
  const counts = await db.transaction(async (tx) => {
    const tables = await tablesInDependencyOrder(tx);
    await tx.execute(sql.raw(`truncate ${tables.map(quoteIdent).join(', ')} restart identity cascade`));
    let rows = 0;
    let table: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (table && batch.length) await insertBatch(tx, table, batch);
      rows += batch.length;
      batch = [];
    };
    let ended: { rows: number; files: number } | null = null;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const line = next.value;
      if (line.startsWith('{"r":')) {
        batch.push(line.slice(5, -1));
        if (batch.length >= 500) await flush();
        continue;
      }
      await flush();
      const control = JSON.parse(line) as { vigilo: string; name?: string; rows?: number; files?: number };
      if (control.vigilo === 'table') {
        if (!tables.includes(control.name!)) throw new RestoreRefused(`unknown table ${control.name}`);
        table = control.name!;
      } else if (control.vigilo === 'file') {
        // Written as they come (content-addressed keys: an aborted restore leaves only unused files).
        await writeDocumentFile(config, control as never);
        files += 1;
      } else if (control.vigilo === 'end') {
        ended = { rows: control.rows!, files: control.files! };
      }
    }
    await flush();
    if (!ended || ended.rows !== rows || ended.files !== files) {
      throw new RestoreRefused(
        'the backup file is incomplete (no end line or wrong counts): nothing restored',
      );
    }
    await resetSequences(tx);
    return { tables: header.tables.length, rows };
  });
  return { ...counts, files };
}

/** Rows decoded by PostgreSQL itself from their JSON into the table's own column types. */
async function insertBatch(tx: TTx, table: string, rows: string[]) {
  const name = quoteIdent(table);
  await tx.execute(
    sql`insert into ${sql.raw(name)} select * from json_populate_recordset(null::${sql.raw(name)}, ${`[${rows.join(',')}]`}::json)`,
  );
}

async function resetSequences(tx: TTx) {
  for (const { table, column, sequence } of await serialColumns(tx)) {
    await tx.execute(
      sql.raw(
        `select setval('${sequence}', coalesce((select max(${quoteIdent(column)}) from ${quoteIdent(table)}), 0) + 1, false)`,
      ),
    );
  }
}

async function holdsData(db: TDb): Promise<boolean> {
  const result = await db.execute(
    sql`select (select count(*) from users) + (select count(*) from organisations) as n`,
  );
  return Number((result.rows[0] as { n: number | string }).n) > 0;
}

async function writeDocumentFile(config: TConfig, file: { key: string; sha256: string; base64: string }) {
  if (!documentKey.test(file.key)) throw new RestoreRefused(`invalid document key ${file.key}`);
  const bytes = Buffer.from(file.base64, 'base64');
  if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
    throw new RestoreRefused(`document file ${file.key} does not match its SHA-256`);
  }
  const path = join(config.dataDir, 'documents', file.key);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.restore`, bytes, { mode: 0o600 });
  await rename(`${path}.restore`, path);
}
