import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertActiveUser } from '../../test/factories.ts';
import { createTestDatabase } from '../../test/harness.ts';
import type { TDatabase } from '../db/client.ts';
import { users } from './accounts.schema.ts';
import { forgetUserName, userNamesByIds } from './user-names.ts';

describe('userNamesByIds', () => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('names every known id once, leaves out unknown ids and empty values, and asks nothing for none', async () => {
    const ada = await insertActiveUser(database.db, { firstName: 'Ada', lastName: 'Lovelace' });
    const alan = await insertActiveUser(database.db, { firstName: 'Alan', lastName: 'Turing' });
    const names = await userNamesByIds(database.db, [ada.id, alan.id, ada.id, null, undefined, randomUUID()]);
    expect(Object.fromEntries(names)).toEqual({ [ada.id]: 'Ada Lovelace', [alan.id]: 'Alan Turing' });
    // The prepared statement answers again with other values.
    expect(Object.fromEntries(await userNamesByIds(database.db, [alan.id]))).toEqual({
      [alan.id]: 'Alan Turing',
    });
    expect((await userNamesByIds(database.db, [])).size).toBe(0);
  });

  afterEach(() => vi.useRealTimers());

  it('reuses a name for ten seconds, reads it again after, and shows a rename made here at once', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-04T10:00:00Z') });
    const grace = await insertActiveUser(database.db, { firstName: 'Grace', lastName: 'Hopper' });
    const rename = (lastName: string) =>
      database.db.update(users).set({ lastName }).where(eq(users.id, grace.id));
    const nameOf = async () => (await userNamesByIds(database.db, [grace.id])).get(grace.id);
    expect(await nameOf()).toBe('Grace Hopper');
    // Renamed behind this instance's back (another instance): the name read stays for its ten seconds…
    await rename('Murray Hopper');
    vi.setSystemTime(new Date('2026-12-04T10:00:09Z'));
    expect(await nameOf()).toBe('Grace Hopper');
    // …and is read again after them.
    vi.setSystemTime(new Date('2026-12-04T10:00:11Z'));
    expect(await nameOf()).toBe('Grace Murray Hopper');
    // A rename made through this instance is forgotten at once.
    await rename('Hopper');
    forgetUserName(grace.id);
    expect(await nameOf()).toBe('Grace Hopper');
  });
});
