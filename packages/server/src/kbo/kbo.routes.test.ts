import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { kboFixtureZip } from '../../test/kbo-fixtures.ts';
import { users } from '../accounts/accounts.schema.ts';
import { importKboExtract } from './kbo-import.ts';

let t: TTestApp;
let admin: TestClient;
let member: TestClient;
let memberUserId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account is the platform administrator
  const agency = await createAgency(t);
  // Any member may look up: no tool role needed.
  const m = await agency.addMember({ toolRole: 'none' });
  member = m.client;
  memberUserId = m.user.id;
});
afterAll(() => t.close());

const lookup = (client: TestClient, number: string) =>
  client.get(`/api/kbo/enterprise?number=${encodeURIComponent(number)}`);

describe('KBO lookup', () => {
  it('answers a translated 404 while no extract is loaded', async () => {
    const res = await lookup(member, '0200.065.765');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('kbo_enterprise_not_found');
    expect(res.body.message).toContain('BCE');
    const runs = await admin.get('/api/admin/kbo/imports');
    expect(runs.status).toBe(200);
    expect(runs.body.runs).toEqual([]);
  });

  it('fills an entity in from the loaded extract, in the reader language', async () => {
    await importKboExtract(t.database.db, kboFixtureZip('full'));

    const veneco = await lookup(member, 'BE 0200 065 765');
    expect(veneco.status).toBe(200);
    expect(veneco.body).toMatchObject({
      enterpriseNumber: '0200065765',
      name: 'Intergemeentelijke Vereniging Veneco',
      startDate: '1960-08-09',
      status: { code: 'AC', label: 'Actif' },
      juridicalSituation: { code: '000', label: 'Situation normale' },
      // Form 416 has no label in the fixture's code.csv: the code is kept, the label is null.
      juridicalForm: { code: '416', label: null },
      address: {
        street: 'Panhuisstraat',
        houseNumber: '1',
        postalCode: '9070',
        municipality: 'Destelbergen',
        country: null,
      },
      riskFacts: [],
      proposedFactor: {
        factor: 'sensitive-sector',
        kind: 'construction-property-development',
        naceCodes: ['68121', '41101'],
      },
      source: { extractNumber: '136', snapshotDate: '2025-05-30' },
    });
    // Only the newest NACE version is shown, main activities first.
    expect(veneco.body.activities.map((a: { naceCode: string }) => a.naceCode)).toEqual(['68121', '84130']);
    expect(veneco.body.denominations).toContainEqual({
      language: 'nl',
      type: 'abbreviation',
      value: 'Veneco',
    });

    await t.database.db.update(users).set({ language: 'nl' }).where(eq(users.id, memberUserId));
    const durler = await lookup(member, '0220815847');
    expect(durler.body).toMatchObject({
      name: 'Kirchenfabrik Sankt-Matthias in Dürler (WL - Burg-Reuland)',
      juridicalForm: { code: '124', label: 'Openbare instelling' },
      status: { label: 'Actief' },
      proposedFactor: null,
    });
    expect(durler.body.denominations).toEqual([
      { language: 'de', type: 'name', value: 'Kirchenfabrik Sankt-Matthias in Dürler (WL - Burg-Reuland)' },
    ]);
    await t.database.db.update(users).set({ language: 'fr' }).where(eq(users.id, memberUserId));
  });

  it('flags an enterprise whose juridical situation is not normal as a risk fact', async () => {
    const res = await lookup(member, '0200.245.711');
    expect(res.body.riskFacts).toEqual([{ code: 'abnormal-juridical-situation', juridicalSituation: '012' }]);
    expect(res.body.juridicalSituation).toEqual({ code: '012', label: null });
  });

  it('answers 404 for an unknown or invalid number, and refuses visitors', async () => {
    expect((await lookup(member, '0202.239.951')).status).toBe(404);
    expect((await lookup(member, '0200.065.766')).body.code).toBe('kbo_enterprise_not_found');
    expect((await lookup(new TestClient(t.app), '0200.065.765')).status).toBe(401);
  });

  it('shows the import runs to the platform administrator only', async () => {
    const runs = await admin.get('/api/admin/kbo/imports');
    expect(runs.body.runs).toHaveLength(1);
    expect(runs.body.runs[0]).toMatchObject({
      status: 'completed',
      extractType: 'full',
      extractNumber: '136',
      rowsImported: 76,
      currentFile: null,
    });
    expect((await member.get('/api/admin/kbo/imports')).status).toBe(403);
  });
});
