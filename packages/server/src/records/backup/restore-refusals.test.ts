import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness.ts';
import { loadConfig } from '../../config.ts';
import type { TDatabase } from '../../db/client.ts';
import { backupFormat } from './backup.ts';
import { appliedMigrations } from './database-tables.ts';
import { RestoreRefused, restoreBackup } from './restore.ts';

let database: TDatabase;
const dir = mkdtempSync(join(tmpdir(), 'vigilo-restore-'));
const config = loadConfig({ DATA_DIR: dir, SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' });

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await restoreBackup(database.db, config, path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RestoreRefused);
  return (error as Error).message;
}

describe('restoreBackup refuses a damaged file in one line', () => {
  it('refuses a file that is not gzip, a gzip cut short and a damaged JSON line', async () => {
    const header = JSON.stringify({
      vigilo: 'header',
      format: backupFormat,
      formatVersion: 1,
      migrations: await appliedMigrations(database.db),
      tables: [],
      createdAt: new Date().toISOString(),
    });
    const whole = gzipSync(`${header}\n${'{"vigilo":"table","name":"users"}\n'.repeat(2000)}`);
    expect(await refusal(file('random.gz', Buffer.from('this is not a backup at all')))).toBe(
      'the backup file is truncated or corrupt: nothing restored',
    );
    expect(await refusal(file('cut.gz', whole.subarray(0, Math.floor(whole.length / 2))))).toMatch(
      /truncated or corrupt|incomplete/,
    );
    expect(await refusal(file('json.gz', gzipSync(`${header}\n{"vigilo":"table",\n`)))).toBe(
      'the backup file is truncated or corrupt: nothing restored',
    );
  });
});
