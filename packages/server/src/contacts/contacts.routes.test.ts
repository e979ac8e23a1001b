import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityInput, personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { searchContacts } from './contacts.repository.ts';
import { contactVersions } from './contacts.schema.ts';

let t: TTestApp;
let client: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  const agency = await createAgency(t);
  ({ client } = await agency.addMember({ toolRole: 'collaborator' }));
});
afterAll(() => t.close());

describe('creating contacts', () => {
  it('creates a natural person as version 1, audited', async () => {
    const res = await client.post('/api/contacts', personInput({ nationalNumber: '85.07.30-033.28' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'person',
      displayName: 'VAN DEN BROECK Élodie',
      // Screened in the same request as its creation (M4).
      status: 'screened',
      currentVersionNo: 1,
    });
    expect(res.body.current.data.nationalNumber).toBe('85073003328');
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, res.body.id));
    expect(event?.action).toBe('contact.created');
  });

  it('refuses invalid identifiers naming the field, and writes nothing', async () => {
    const before = await tableCounts(t.database.db);
    const res = await client.post('/api/contacts', personInput({ nationalNumber: '85073003329' }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ field: 'nationalNumber', code: 'national_number' }),
    ]);
    const entity = await client.post('/api/contacts', entityInput({ enterpriseNumber: '0403.170.702' }));
    expect(entity.body.details[0]).toMatchObject({ field: 'enterpriseNumber', code: 'enterprise_number' });
    const missing = await client.post('/api/contacts', { kind: 'person', lastName: 'X' });
    expect(missing.status).toBe(400);
    expect(missing.body.details.map((d: { field: string }) => d.field)).toContain('birthDate');
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it('flags an expired identity document', async () => {
    const res = await client.post(
      '/api/contacts',
      personInput({
        idDocument: { type: 'passport', number: 'P123', expiryDate: '2020-01-01', issuingCountry: 'FR' },
      }),
    );
    expect(res.body.flags).toContain('id_document_expired');
  });

  it('computes beneficial owners of a company through a holding', async () => {
    const anna = (
      await client.post('/api/contacts', personInput({ lastName: 'Peeters', firstNames: 'Anna' }))
    ).body;
    const bart = (await client.post('/api/contacts', personInput({ lastName: 'Claes', firstNames: 'Bart' })))
      .body;
    const holding = (
      await client.post(
        '/api/contacts',
        entityInput({
          name: 'Holding Claes',
          enterpriseNumber: undefined,
          foreignRegistration: { number: 'B 123', country: 'LU' },
          beneficialOwners: [{ contactId: bart.id, ownershipPct: 50 }],
        }),
      )
    ).body;
    const company = await client.post(
      '/api/contacts',
      entityInput({
        name: 'Immo Peeters',
        mandataries: [{ contactId: anna.id, power: 'administratrice déléguée' }],
        beneficialOwners: [
          { contactId: anna.id, ownershipPct: 20 },
          { contactId: holding.id, ownershipPct: 60 },
        ],
      }),
    );
    expect(company.status).toBe(201);
    const detail = (await client.get(`/api/contacts/${company.body.id}`)).body;
    const byName = Object.fromEntries(
      detail.ownership.map((o: { displayName: string }) => [o.displayName, o]),
    );
    expect(byName['CLAES Bart']).toMatchObject({ effectivePct: 30, isBeneficialOwner: true });
    expect(byName['PEETERS Anna']).toMatchObject({ effectivePct: 20, isBeneficialOwner: false });
    expect(detail.flags).not.toContain('mandataries_missing');

    // Making the holding owned by the company closes a cycle: refused, naming it.
    const cycle = await client.request('PUT', `/api/contacts/${holding.id}`, {
      ...entityInput({
        name: 'Holding Claes',
        enterpriseNumber: undefined,
        foreignRegistration: { number: 'B 123', country: 'LU' },
      }),
      beneficialOwners: [{ contactId: company.body.id, ownershipPct: 100 }],
    });
    expect(cycle.status).toBe(400);
    expect(cycle.body.details[0].code).toBe('ownership_cycle');
  });

  it('refuses a link to a contact of another organisation', async () => {
    const other = await createAgency(t);
    const { client: outsider } = await other.addMember({ toolRole: 'collaborator' });
    const foreign = (await outsider.post('/api/contacts', personInput())).body;
    const res = await client.post(
      '/api/contacts',
      entityInput({ beneficialOwners: [{ contactId: foreign.id, ownershipPct: 100 }] }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0].code).toBe('linked_contact_not_found');
    expect((await client.get(`/api/contacts/${foreign.id}`)).status).toBe(404);
  });
});

describe('versions', () => {
  it('creates version 2 on edit, keeps version 1 unchanged and records the changes', async () => {
    const created = (
      await client.post('/api/contacts', personInput({ lastName: 'Dubois', firstNames: 'Marc' }))
    ).body;
    const edited = await client.request(
      'PUT',
      `/api/contacts/${created.id}`,
      personInput({
        lastName: 'Dubois',
        firstNames: 'Marc',
        address: { street: 'Rue Haute 5', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      }),
    );
    expect(edited.body.currentVersionNo).toBe(2);
    expect(edited.body.current.changes).toEqual(
      expect.arrayContaining([{ path: 'address.city', before: 'Gent', after: 'Bruxelles' }]),
    );
    const v1 = await client.get(`/api/contacts/${created.id}/versions/1`);
    expect(v1.body.data.address.city).toBe('Gent');
    const rows = await t.database.db
      .select()
      .from(contactVersions)
      .where(eq(contactVersions.contactId, created.id));
    expect(rows).toHaveLength(2);
    // Saving the same data again creates no version.
    const same = await client.request(
      'PUT',
      `/api/contacts/${created.id}`,
      personInput({
        lastName: 'Dubois',
        firstNames: 'Marc',
        address: { street: 'Rue Haute 5', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      }),
    );
    expect(same.body.currentVersionNo).toBe(2);
  });
});

describe('search and filters', () => {
  it('finds by partial, accent-less, case-insensitive words, by enterprise number and city', async () => {
    await client.post(
      '/api/contacts',
      entityInput({
        name: 'Agence Immobilière Émeraude',
        enterpriseNumber: '0417.497.106',
        registeredOffice: { street: 'Place 1', postalCode: '4000', city: 'Liège', country: 'BE' },
      }),
    );
    const names = async (q: string) =>
      (await client.get(`/api/contacts?q=${encodeURIComponent(q)}`)).body.items.map(
        (i: { displayName: string }) => i.displayName,
      );
    expect(await names('emeraud')).toEqual(['Agence Immobilière Émeraude']);
    expect(await names('IMMOBILIERE emer')).toEqual(['Agence Immobilière Émeraude']);
    expect(await names('0417497')).toEqual(['Agence Immobilière Émeraude']);
    expect(await names('0417.497.106')).toEqual(['Agence Immobilière Émeraude']);
    expect(await names('liege')).toContain('Agence Immobilière Émeraude');
    expect(await names('émeraude_%')).toEqual(['Agence Immobilière Émeraude']);
    expect(await names('zzqx')).toEqual([]);
  });

  it('filters by type, status and creation date, sorts and paginates', async () => {
    const entities = await client.get('/api/contacts?kind=entity&sort=name&pageSize=2');
    expect(entities.body.items.every((i: { kind: string }) => i.kind === 'entity')).toBe(true);
    expect(entities.body.items).toHaveLength(2);
    expect(entities.body.total).toBeGreaterThan(2);
    const sorted = entities.body.items.map((i: { displayName: string }) => i.displayName);
    expect([...sorted].sort((a, b) => a.localeCompare(b, 'fr'))).toEqual(sorted);
    expect((await client.get('/api/contacts?status=accepted')).body.total).toBe(0);
    expect((await client.get('/api/contacts?createdTo=2000-01-01')).body.total).toBe(0);
    const bad = await client.get('/api/contacts?kind=robot');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('kind');
  });

  it('counts matches up to the cap and says when there are more, with the same page', async () => {
    const all = await client.get('/api/contacts?sort=name&pageSize=3');
    expect(all.body.totalCapped).toBe(false);
    const total = all.body.total as number;
    expect(total).toBeGreaterThan(3);
    const organisationId = (await client.get('/api/auth/session')).body.activeOrganisationId as string;
    const query = { sort: 'name', page: 1, pageSize: 3 } as const;
    const capped = await searchContacts(t.database.db, organisationId, query, '2026-12-02', 2);
    expect(capped).toMatchObject({ total: 2, totalCapped: true });
    expect(capped.rows.map((r) => r.contact.id)).toEqual(all.body.items.map((i: { id: string }) => i.id));
    const exact = await searchContacts(t.database.db, organisationId, query, '2026-12-02', total);
    expect(exact).toMatchObject({ total, totalCapped: false });
    // The same filters with other values reuse the prepared statement and give their own answer.
    const none = await searchContacts(
      t.database.db,
      organisationId,
      { ...query, q: 'zzqx' },
      '2026-12-02',
      2,
    );
    const some = await searchContacts(
      t.database.db,
      organisationId,
      { ...query, q: 'emeraude' },
      '2026-12-02',
      2,
    );
    expect(none).toMatchObject({ total: 0, totalCapped: false, rows: [] });
    expect(some.total).toBe(1);
    const noneWithoutWords = { ...query, createdFrom: '2099-01-01' };
    expect(
      await searchContacts(t.database.db, organisationId, noneWithoutWords, '2026-12-02', 2),
    ).toMatchObject({ total: 0, totalCapped: false, rows: [] });
    // A page past the end still says how many there are, capped or not.
    const pastTheEnd = { ...query, page: 999 };
    expect(
      await searchContacts(t.database.db, organisationId, pastTheEnd, '2026-12-02', total),
    ).toMatchObject({ total, totalCapped: false, rows: [] });
    expect(await searchContacts(t.database.db, organisationId, pastTheEnd, '2026-12-02', 2)).toMatchObject({
      total: 2,
      totalCapped: true,
      rows: [],
    });
  });
});
