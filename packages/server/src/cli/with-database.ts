import { loadConfig, type TConfig } from '../config.ts';
import { openDatabase, type TDb } from '../db/client.ts';

/** Opens the configured database for one CLI command and always closes it. */
export async function withDatabase<T>(fn: (db: TDb, config: TConfig) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await fn(database.db, config);
  } finally {
    await database.close();
  }
}
