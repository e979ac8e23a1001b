import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/harness.ts';
import { kboFixtureZip } from '../../test/kbo-fixtures.ts';
import type { TDatabase } from '../db/client.ts';
import {
  kboActivities,
  kboAddresses,
  kboCodes,
  kboDenominations,
  kboEnterprises,
  kboImportRuns,
} from './kbo.schema.ts';
import { importKboExtract, KboImportError } from './kbo-import.ts';

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
// One database for the file (opening one is slow); each test starts with empty KBO tables.
beforeEach(async () => {
  for (const table of [
    kboActivities,
    kboAddresses,
    kboCodes,
    kboDenominations,
    kboEnterprises,
    kboImportRuns,
  ]) {
    await database.db.delete(table);
  }
});

async function counts() {
  const db = database.db;
  return {
    enterprises: (await db.select().from(kboEnterprises)).length,
    denominations: (await db.select().from(kboDenominations)).length,
    addresses: (await db.select().from(kboAddresses)).length,
    activities: (await db.select().from(kboActivities)).length,
    codes: (await db.select().from(kboCodes)).length,
  };
}

const fullCounts = { enterprises: 5, denominations: 8, addresses: 5, activities: 16, codes: 42 };

describe('KBO extract import', () => {
  it('imports a full extract in batches, keeps enterprises only, and records the run', async () => {
    const progress: string[] = [];
    const { run, isResumed } = await importKboExtract(database.db, kboFixtureZip('full'), {
      batchSize: 3,
      onProgress: (p) => progress.push(`${p.file}:${p.rows}`),
    });
    expect(isResumed).toBe(false);
    expect(await counts()).toEqual(fullCounts);
    expect(progress).toContain('activity.csv:3');
    expect(progress).toContain('activity.csv:16');
    expect(run).toMatchObject({ status: 'completed', extractType: 'full', extractNumber: '136' });
    const [stored] = await database.db.select().from(kboImportRuns);
    expect(stored).toMatchObject({
      status: 'completed',
      snapshotDate: '2025-05-30',
      filesDone: ['code.csv', 'enterprise.csv', 'denomination.csv', 'address.csv', 'activity.csv'],
    });
    const [veneco] = await database.db
      .select()
      .from(kboEnterprises)
      .orderBy(asc(kboEnterprises.enterpriseNumber))
      .limit(1);
    expect(veneco).toEqual({
      enterpriseNumber: '0200065765',
      status: 'AC',
      juridicalSituation: '000',
      typeOfEnterprise: '2',
      juridicalForm: '416',
      juridicalFormCac: null,
      startDate: '1960-08-09',
    });
  });

  it('resumes an interrupted run after its last committed batch, without duplicates', async () => {
    const zip = kboFixtureZip('full');
    let batches = 0;
    await expect(
      importKboExtract(database.db, zip, {
        batchSize: 2,
        afterBatch: ({ file, rows }) => {
          batches += 1;
          if (file === 'denomination.csv' && rows === 4) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    const [failed] = await database.db.select().from(kboImportRuns);
    expect(failed).toMatchObject({ status: 'failed', currentFile: 'denomination.csv', rowsCommitted: 4 });
    expect((await counts()).denominations).toBe(4);

    const seen: string[] = [];
    const { isResumed } = await importKboExtract(database.db, zip, {
      batchSize: 2,
      onProgress: (p) => seen.push(`${p.file}:${p.rows}`),
    });
    expect(isResumed).toBe(true);
    // Code and enterprise files are not read again; denominations go on from row 5.
    expect(seen[0]).toBe('denomination.csv:6');
    expect(seen.some((s) => s.startsWith('code.csv') || s.startsWith('enterprise.csv'))).toBe(false);
    expect(await counts()).toEqual(fullCounts);
    expect(await database.db.select().from(kboImportRuns)).toHaveLength(1);
    expect(batches).toBeGreaterThan(0);
  });

  it('applies an update extract: deletes first, then inserts', async () => {
    await importKboExtract(database.db, kboFixtureZip('full'));
    await importKboExtract(database.db, kboFixtureZip('update'));
    const addresses = await database.db.select().from(kboAddresses);
    const durler = addresses.filter((a) => a.entityNumber === '0220815847');
    expect(durler).toHaveLength(1);
    expect(durler[0]).toMatchObject({ streetFr: 'Wallhäuser Straße, Dürler', houseNumber: '31' });
    expect(await counts()).toEqual(fullCounts);
    expect(await database.db.select().from(kboImportRuns)).toHaveLength(2);
  });

  it('a new full extract replaces the previous data', async () => {
    await importKboExtract(database.db, kboFixtureZip('full'));
    const zip = join(tmpdir(), `kbo-small-${process.pid}.zip`);
    writeFileSync(
      zip,
      zipSync({
        'meta.csv': strToU8('"Variable","Value"\n"ExtractType","full"\n"ExtractNumber","138"\n'),
        'code.csv': strToU8('"Category","Code","Language","Description"\n"Status","AC","FR","Actif"\n'),
        'enterprise.csv': strToU8(
          '"EnterpriseNumber","Status","JuridicalSituation","TypeOfEnterprise","JuridicalForm","JuridicalFormCAC","StartDate"\n"0200.068.636","AC","000","2","417",,16-02-1923\n',
        ),
        'denomination.csv': strToU8('"EntityNumber","Language","TypeOfDenomination","Denomination"\n'),
        'address.csv': strToU8('"EntityNumber","TypeOfAddress"\n'),
        'activity.csv': strToU8('"EntityNumber","ActivityGroup","NaceVersion","NaceCode","Classification"\n'),
      }),
    );
    await importKboExtract(database.db, zip);
    expect(await counts()).toEqual({
      enterprises: 1,
      denominations: 0,
      addresses: 0,
      activities: 0,
      codes: 1,
    });
  });

  it('refuses a file that is not a KBO extract and leaves the data as it was', async () => {
    await importKboExtract(database.db, kboFixtureZip('full'));
    const notZip = join(tmpdir(), `kbo-not-zip-${process.pid}.zip`);
    writeFileSync(notZip, 'hello');
    await expect(importKboExtract(database.db, notZip)).rejects.toBeInstanceOf(KboImportError);
    const noMeta = join(tmpdir(), `kbo-no-meta-${process.pid}.zip`);
    writeFileSync(noMeta, zipSync({ 'enterprise.csv': strToU8('"EnterpriseNumber"\n') }));
    await expect(importKboExtract(database.db, noMeta)).rejects.toThrow('meta.csv or code.csv is missing');
    expect(await counts()).toEqual(fullCounts);
  });
});
