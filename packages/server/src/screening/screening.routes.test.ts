import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { importList } from './list-import.ts';
import { listVersions } from './screening.schema.ts';

const fixtures = new URL('../../test/fixtures/lists/', import.meta.url).pathname;
const unList = new URL('../../lists/un-consolidated-20260227.xml.gz', import.meta.url).pathname;

let t: TTestApp;
let agency: Awaited<ReturnType<typeof createAgency>>;
let collaborator: Awaited<ReturnType<typeof agency.addMember>>;
let officer: Awaited<ReturnType<typeof agency.addMember>>;

beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  await importList(t.database.db, unList, { organisationId: null, importedBy: null });
  agency = await createAgency(t);
  collaborator = await agency.addMember({ toolRole: 'collaborator' });
  officer = await agency.addMember({ toolRole: 'officer' });
});
afterAll(() => t.close());

/** A UN-listed individual with an exact birth date, as a contact payload. */
async function listedPerson() {
  const rows = await t.database.db.execute(sql`
    select data from list_entries e join list_versions v on v.id = e.version_id
    where v.source = 'un' and data->>'kind' = 'person'
      and jsonb_array_length(data->'birthDates') = 1 and length(data->'birthDates'->0->>'from') = 10
      and data->'names'->0->>'full' ~ '^[A-Z]+ [A-Z]+ [A-Z]+$'
    order by e.entry_id limit 1`);
  const entry = (
    rows.rows[0] as { data: { entryId: string; names: { full: string }[]; birthDates: { from: string }[] } }
  ).data;
  const parts = entry.names[0]!.full.split(' ');
  return {
    entryId: entry.entryId,
    input: personInput({
      lastName: parts.at(-1),
      firstNames: parts.slice(0, -1).join(' '),
      birthDate: entry.birthDates[0]!.from,
      nationalities: ['BE'],
    }),
  };
}

describe('screening in the product', () => {
  it('screens a new contact against the lists in force and explains the hit', async () => {
    const { entryId, input } = await listedPerson();
    const contact = (await collaborator.client.post('/api/contacts', input)).body;
    expect(contact.status).toBe('screened');
    expect(contact.vigilanceLevel).toBe('heightened');
    const { screening } = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body;
    expect(screening.listVersions.map((v: { source: string }) => v.source)).toContain('un');
    const hit = screening.hits.find((h: { entryId: string }) => h.entryId === entryId);
    expect(hit).toMatchObject({ list: 'un', disposition: 'open' });
    expect(hit.explanation.birthDate.agreement).toBe('exact');
    expect(screening.factors).toContainEqual(expect.objectContaining({ code: 'sanctions_hit', entryId }));
  });

  it('raises no alert for an ordinary Belgian name', async () => {
    const contact = (
      await collaborator.client.post('/api/contacts', personInput({ lastName: 'Peeters', firstNames: 'Jan' }))
    ).body;
    const { screening } = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body;
    expect(screening.hits).toEqual([]);
    expect(screening.level).toBe('normal');
  });

  it('does not raise a dismissed false positive again, unless the contact changes', async () => {
    const { input } = await listedPerson();
    const contact = (await collaborator.client.post('/api/contacts', input)).body;
    const first = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body.screening;
    const hitId = first.hits[0].id;
    const dismissed = await collaborator.client.post(`/api/screening/hits/${hitId}/disposition`, {
      disposition: 'false_positive',
      reason: 'Homonyme : numéro de registre national vérifié.',
    });
    expect(dismissed.body.screening.hits[0]).toMatchObject({ disposition: 'false_positive' });
    const again = (await collaborator.client.post(`/api/contacts/${contact.id}/screening`)).body.screening;
    expect(again.hits).toEqual([]);
    expect(again.level).toBe('normal');
    const changed = await collaborator.client.request('PUT', `/api/contacts/${contact.id}`, {
      ...input,
      nationalities: ['BE', 'FR'],
    });
    expect(changed.status).toBe(200);
    const third = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body.screening;
    expect(third.hits.length).toBeGreaterThan(0);
    expect(third.hits[0].disposition).toBe('open');
  });

  it('feeds the risk profile: an open sanctions hit makes the profile heightened', async () => {
    const { input } = await listedPerson();
    const contact = (await collaborator.client.post('/api/contacts', input)).body;
    const profile = (
      await collaborator.client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url);
    const computed = (await collaborator.client.post(`${url}/compute`)).body;
    expect(computed.result.level).toBe('heightened');
    expect(computed.result.factors.map((f: { code: string }) => f.code)).toContain('sanctions-hit');
  });

  it('tells the officer when a collaborator continues despite heightened vigilance', async () => {
    const { input } = await listedPerson();
    const contact = (await collaborator.client.post('/api/contacts', input)).body;
    const refused = await collaborator.client.post(`/api/contacts/${contact.id}/screening-decision`, {
      decision: 'accept',
    });
    expect(refused.body.code).toBe('motivation_required');
    const accepted = await collaborator.client.post(`/api/contacts/${contact.id}/screening-decision`, {
      decision: 'accept',
      motivation: 'Vérification faite : homonyme probable, à confirmer par le responsable.',
    });
    expect(accepted.status).toBe(200);
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer.user.id));
    expect(notes.map((n) => n.kind)).toContain('continued_despite_heightened');
  });
});

describe('list versions and continuous screening', () => {
  it('re-screens every contact when the watch list changes, once, and lists the new hits', async () => {
    const upload = (csv: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/screening/watchlist',
        headers: {
          cookie: officer.client.cookieHeader(),
          'x-csrf-token': officer.client.csrfToken!,
          'content-type': 'multipart/form-data; boundary=XYZ',
        },
        remoteAddress: officer.client.ip,
        payload: `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="watch.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--XYZ--\r\n`,
      });
    const csv = readFileSync(`${fixtures}watchlist.csv`, 'utf8');
    expect((await upload(csv)).statusCode).toBe(201);
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Janssens', firstNames: 'Karel', birthDate: '1971-03-02' }),
      )
    ).body;
    expect(
      (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body.screening.hits,
    ).toEqual([]);

    const updated = `${csv.trimEnd()}\nW-9,Karel Janssens,person,1971-03-02,BE\n`;
    const second = await upload(updated);
    expect(second.statusCode).toBe(201);
    expect(second.json().version.diff.added).toEqual(['W-9']);
    expect((await upload(updated)).json().unchanged).toBe(true);
    await t.app.jobs.drain();
    const after = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body.screening;
    expect(after.trigger).toBe('list_update');
    expect(after.hits.map((h: { entryId: string }) => h.entryId)).toContain('W-9');
    const newHits = (await officer.client.get('/api/screening/new-hits')).body.items;
    expect(newHits.map((h: { entryId: string }) => h.entryId)).toContain('W-9');
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer.user.id));
    expect(notes.map((n) => n.kind)).toContain('screening_new_hit');
    // The job ran once for the version: a second drain finds nothing to do.
    expect(await t.app.jobs.drain()).toBe(0);
  });

  it('rejects a malformed list whole and keeps the version in force', async () => {
    const before = await t.database.db.select().from(listVersions);
    await expect(
      importList(t.database.db, `${fixtures}be-national-list-malformed.csv`, {
        organisationId: null,
        importedBy: null,
      }),
    ).rejects.toMatchObject({ code: 'list_malformed' });
    expect(await t.database.db.select().from(listVersions)).toHaveLength(before.length);
  });
});
