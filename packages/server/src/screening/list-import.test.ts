import { readFileSync } from 'node:fs';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/harness.ts';
import type { TDatabase } from '../db/client.ts';
import { importList } from './list-import.ts';

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const watchlist = readFileSync(new URL('../../test/fixtures/lists/watchlist.csv', import.meta.url));

/** A body that arrives in two halves, the second only when the test says so. */
function heldStream() {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  async function* chunks() {
    yield watchlist.subarray(0, 40);
    await released;
    yield watchlist.subarray(40);
  }
  return { stream: chunks(), release };
}

describe('importList', () => {
  it('runs one import at a time per owner: a second one is refused while the first is parsing', async () => {
    const owner = { organisationId: null, importedBy: null, source: 'watchlist-test' };
    const first = heldStream();
    const running = importList(database.db, first.stream, owner);
    const second = importList(
      database.db,
      (async function* () {
        yield watchlist;
      })(),
      owner,
    );
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: 'import_in_progress' });
    first.release();
    await expect(running).resolves.toMatchObject({ unchanged: false });
    // Once finished, the owner may import again (the same file: nothing changes).
    const again = await importList(
      database.db,
      (async function* () {
        yield watchlist;
      })(),
      owner,
    );
    expect(again.unchanged).toBe(true);
  });
});
