import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { bundledListsDir, bundledSnapshots, createBundledListsHandler } from './bundled-lists.ts';
import { listVersions } from './screening.schema.ts';

const fixtures = new URL('../../test/fixtures/lists/', import.meta.url).pathname;

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('bundled list snapshots', () => {
  it('finds the shipped EU, UN and OFAC snapshots', async () => {
    const found = await bundledSnapshots(bundledListsDir);
    expect(found.map((s) => s.source)).toEqual(expect.arrayContaining(['eu', 'un', 'ofac']));
  });

  it('loads a snapshot on an empty database and re-screens a contact created before it landed', async () => {
    // A small snapshot folder (the shipped ones take longer than a unit test should).
    const dir = mkdtempSync(join(tmpdir(), 'vigilo-snapshots-'));
    copyFileSync(join(fixtures, 'be-national-list.csv'), join(dir, 'be-national-20231001.csv'));
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Dubois-Lambert', firstNames: 'Jean-Pierre', birthDate: '1971-03-14' }),
      )
    ).body;
    expect(contact.vigilanceLevel).toBe('normal');

    const load = createBundledListsHandler(t.database.db, undefined, dir);
    await load({});
    await load({}); // a second start finds the list in force and loads nothing
    const versions = await t.database.db.select().from(listVersions).where(eq(listVersions.source, 'be'));
    expect(versions).toHaveLength(1);
    expect(versions[0]!.listDate).toBe('2023-09-20');

    await t.app.jobs.drain();
    const { screening } = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body;
    expect(screening.trigger).toBe('list_update');
    expect(screening.hits.map((h: { list: string }) => h.list)).toContain('be');
    expect(screening.staleLists).toEqual([{ source: 'be', date: '2023-09-20' }]);
  });
});
