import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertActiveUser } from '../../test/factories.ts';
import { createTestDatabase } from '../../test/harness.ts';
import type { TDatabase } from '../db/client.ts';
import { userNamesByIds } from './user-names.ts';

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
});
