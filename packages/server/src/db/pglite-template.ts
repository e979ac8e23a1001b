import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

/**
 * A new embedded database costs a PostgreSQL `initdb` in WebAssembly plus every migration, one statement
 * at a time: most of a first start (docs/PERFORMANCE.md, "Startup"). `npm run build` therefore writes a
 * template — an empty cluster with every migration applied, dumped by PGlite — and a first start on an
 * empty DATA_DIR loads it instead. The template records a hash of the migrations it holds: when they
 * differ (a migration added since the build), it is ignored and the cluster is created and migrated as
 * before. The migrator still runs at every start, so a template can never skip a migration.
 */
const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;
export const pgliteTemplateFile = new URL('../../dist/pglite-template.tar.gz', import.meta.url).pathname;

/** A hash of every migration file and the journal: what a template must have been built from. */
export function migrationsHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(migrationsFolder).filter((f) => f.endsWith('.sql')),
    'meta/_journal.json',
  ].sort();
  for (const file of files) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  return hash.digest('hex');
}

/** Builds the template (in memory, every migration applied) and writes it with its migrations hash. */
export async function writePgliteTemplate(file = pgliteTemplateFile): Promise<number> {
  const client = new PGlite({ extensions: { btree_gin, pg_trgm } });
  await migrate(drizzle(client), { migrationsFolder });
  const dump = await client.dumpDataDir('gzip');
  await client.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  writeFileSync(`${file}.json`, JSON.stringify({ migrationsHash: migrationsHash() }));
  return bytes.length;
}

/** The template to start a new cluster from, or undefined when absent or built from other migrations. */
export function usableTemplate(file = pgliteTemplateFile): Blob | undefined {
  if (!existsSync(file) || !existsSync(`${file}.json`)) return undefined;
  const meta = JSON.parse(readFileSync(`${file}.json`, 'utf8')) as { migrationsHash?: string };
  if (meta.migrationsHash !== migrationsHash()) return undefined;
  return new Blob([readFileSync(file)]);
}
