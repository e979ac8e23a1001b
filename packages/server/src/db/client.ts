import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { usableTemplate } from './pglite-template.ts';
import * as schema from './schema.ts';

/**
 * Both drivers expose the same Drizzle PostgreSQL API; the node-postgres type is used as the common
 * type so features never know which one runs underneath.
 */
export type TDb = NodePgDatabase<typeof schema>;
export type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
export type TDbOrTx = TDb | TTx;

export type TDatabase = {
  db: TDb;
  driver: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

const migrationsFolder = new URL('../../drizzle', import.meta.url).pathname;

/** Opens the database (PostgreSQL when a URL is given, else embedded PGlite) and applies migrations. */
export async function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<TDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    let closing = false;
    // An idle connection can be cut by the server (restart, failover, a dropped test database): pg emits
    // 'error' on the pool, which would crash the process if nobody listened. The pool replaces the client.
    pool.on('error', (error) => {
      if (!closing) console.error(`database connection lost: ${error.message}`);
    });
    const db = drizzleNodePg(pool, { schema });
    await migrateNodePg(db, { migrationsFolder });
    return {
      db,
      driver: 'postgres',
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  // No data dir means in-memory (tests); otherwise the cluster lives in DATA_DIR/pglite.
  const extensions = { btree_gin, pg_trgm };
  const clusterDir = options.dataDir ? join(options.dataDir, 'pglite') : undefined;
  // A first start loads the build's migrated template rather than running initdb (see pglite-template.ts).
  const template = clusterDir && !existsSync(join(clusterDir, 'PG_VERSION')) ? usableTemplate() : undefined;
  const client = clusterDir
    ? new PGlite(clusterDir, { extensions, ...(template ? { loadDataDir: template } : {}) })
    : new PGlite({ extensions });
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return { db: db as unknown as TDb, driver: 'pglite', close: () => client.close() };
}
