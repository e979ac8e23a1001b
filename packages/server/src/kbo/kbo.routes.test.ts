import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { kboFixtureZip } from '../../test/kbo-fixtures.ts';
import { users } from '../accounts/accounts.schema.ts';
import { importKboExtract } from './kbo-import.ts';

let t: TTestApp;
let admin: TestClient;
let member: TestClient;
let memberUserId: string;
let collaborator: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account is the platform administrator
  const agency = await createAgency(t);
  // Any member may look up: no tool role needed.
  const m = await agency.addMember({ toolRole: 'none' });
  member = m.client;
  memberUserId = m.user.id;
  collaborator = (await agency.addMember({ toolRole: 'collaborator' })).client;
});
afterAll(() => t.close());

const lookup = (client: TestClient, number: string) =>
  client.get(`/api/kbo/enterprise?number=${encodeURIComponent(number)}`);

describe('KBO lookup', () => {
  it('saves an entity filled in while no extract is loaded as today, without a source', async () => {
    const saved = await collaborator.post(
      '/api/contacts?source=kbo',
      entityInput({ name: 'Veneco', enterpriseNumber: '0200.065.765' }),
    );
    expect(saved.status).toBe(201);
    expect(saved.body.current.source).toBeNull();
  });

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

  it('lets a signed-in user who belongs to no organisation yet look up (the sign-up), rate-limited per user', async () => {
    const newcomer = (await createSignedInUser(t)).client;
    const first = await lookup(newcomer, '0200.362.210');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      name: 'in BW Association Intercommunale',
      address: { street: 'Rue de la Religion', postalCode: '1400', municipality: 'Nivelles' },
    });
    // Public reference data: the same answer for a member of an agency, nothing tenant-specific in it.
    expect((await lookup(member, '0200.362.210')).body).toEqual(first.body);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) statuses.push((await lookup(newcomer, '0200.362.210')).status);
    expect(statuses.slice(0, 29).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // The allowance is the user's: another signed-in user is not held back.
    expect((await lookup(member, '0200.362.210')).status).toBe(200);
  });

  it("keeps the extract as the dated source of a contact version saved after a fill-in, in the user's language", async () => {
    const created = await collaborator.post(
      '/api/contacts?source=kbo',
      entityInput({ name: 'Intercommunaal Sanatorium Denderoord', enterpriseNumber: '0200 245 711' }),
    );
    expect(created.status).toBe(201);
    expect(created.body.current.source).toMatchObject({
      kind: 'kbo',
      enterpriseNumber: '0200245711',
      extractNumber: '136',
      snapshotDate: '2025-05-30',
      data: {
        name: 'Intercommunaal Sanatorium Denderoord',
        startDate: '1922-01-01',
        status: { code: 'AC', label: 'Actif' },
        address: { street: 'Hoge Buizemont', houseNumber: '247', municipality: 'Geraardsbergen' },
        riskFacts: [{ code: 'abnormal-juridical-situation', juridicalSituation: '012' }],
      },
    });
    expect(created.body.versions[0].source.snapshotDate).toBe('2025-05-30');
    const id = created.body.id;
    const version = await collaborator.get(`/api/contacts/${id}/versions/1`);
    expect(version.body.source.extractNumber).toBe('136');

    // A later edit typed by hand keeps no source; version 1 keeps its own.
    const edited = await collaborator.request(
      'PUT',
      `/api/contacts/${id}`,
      entityInput({ name: 'Denderoord', enterpriseNumber: '0200 245 711' }),
    );
    expect(edited.body.current.versionNo).toBe(2);
    expect(edited.body.current.source).toBeNull();
    expect(edited.body.versions.map((v: { source: unknown }) => v.source === null)).toEqual([true, false]);

    // Filled in again: the new version keeps the extract too.
    const refilled = await collaborator.request(
      'PUT',
      `/api/contacts/${id}?source=kbo`,
      entityInput({ name: 'Intercommunaal Sanatorium Denderoord', enterpriseNumber: '0200 245 711' }),
    );
    expect(refilled.body.current.source.enterpriseNumber).toBe('0200245711');

    // A number that is not in the extract, or a person, is saved as typed.
    const unknown = await collaborator.post(
      '/api/contacts?source=kbo',
      entityInput({ enterpriseNumber: '0403.170.701' }),
    );
    expect(unknown.status).toBe(201);
    expect(unknown.body.current.source).toBeNull();
    expect((await collaborator.post('/api/contacts?source=other', entityInput())).status).toBe(400);
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
