import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A PEP buyer's profile the collaborator declares (a proposal or a suspicion). */
async function declared(client: TestClient, lastName: string, via: 'propose' | 'declare-suspicion') {
  const contact = (await client.post('/api/contacts', personInput({ lastName }))).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url, { isPep: true, pepRole: 'holder' });
  await client.post(`${url}/compute`);
  await client.post(
    `${url}/decision`,
    via === 'propose'
      ? { action: 'propose', proposal: 'accept', motivation: 'Connu.' }
      : { action: 'declare-suspicion', motivation: 'Fonds inexpliqués.' },
  );
  return profile.id as string;
}

describe("the officer's queue filters", () => {
  it('filters by status, by how long a case waits and by the collaborator who declared it', async () => {
    const agency = await createAgency(t, { name: 'Agence des Filtres' });
    const anne = await agency.addMember({ toolRole: 'collaborator' });
    const bart = await agency.addMember({ toolRole: 'collaborator' });
    const officer = (await agency.addMember({ toolRole: 'officer' })).client;
    const fresh = await declared(anne.client, 'Vers', 'propose');
    const weekOld = await declared(anne.client, 'Week', 'declare-suspicion');
    const monthOld = await declared(bart.client, 'Maand', 'propose');
    const age = async (id: string, days: number) =>
      t.database.db.execute(
        sql`update risk_profiles set updated_at = now() - make_interval(days => ${days}::int) where id = ${id}::uuid`,
      );
    await age(weekOld, 10);
    await age(monthOld, 40);

    const ids = async (query: string) => {
      const res = await officer.get(`/api/declarations?filter=all${query}`);
      expect(res.status).toBe(200);
      return (res.body.items as { subjectId: string }[]).map((i) => i.subjectId).sort();
    };
    expect(await ids('')).toEqual([fresh, weekOld, monthOld].sort());
    expect(await ids('&status=suspicion-declared')).toEqual([weekOld]);
    expect(await ids('&status=awaiting-officer')).toEqual([fresh, monthOld].sort());
    expect(await ids('&olderThanDays=7')).toEqual([weekOld, monthOld].sort());
    expect(await ids('&olderThanDays=30')).toEqual([monthOld]);
    expect(await ids(`&declaredBy=${anne.user.id}`)).toEqual([fresh, weekOld].sort());
    expect(await ids(`&declaredBy=${bart.user.id}&olderThanDays=30`)).toEqual([monthOld]);
    const total = (await officer.get(`/api/declarations?filter=all&declaredBy=${bart.user.id}`)).body.total;
    expect(total).toBe(1);

    // Bad filters are refused with a 4xx, never a 5xx.
    for (const query of ['&status=nope', '&olderThanDays=-3', '&declaredBy=not-a-uuid']) {
      expect((await officer.get(`/api/declarations?filter=all${query}`)).status).toBe(400);
    }
  });
});

describe("the queue's CTIF mark", () => {
  it('follows what each officer may see of the timeline: a report hidden from one officer is not marked for them', async () => {
    const agency = await createAgency(t, { name: 'Agence des Marques' });
    const anne = await agency.addMember({ toolRole: 'collaborator' });
    const first = await agency.addMember({ toolRole: 'officer' });
    const second = await agency.addMember({ toolRole: 'officer' });
    const open = await declared(anne.client, 'Open', 'propose');
    const window = await declared(anne.client, 'Venster', 'propose');
    const marked = await declared(anne.client, 'Gemerkt', 'propose');
    const plain = await declared(anne.client, 'Gewoon', 'propose');
    let order = 0;
    const event = async (id: string, action: string, data: Record<string, unknown> = {}) => {
      order += 1;
      await t.database.db.execute(sql`
        insert into case_events (organisation_id, subject_type, subject_id, action, data, created_at)
        values (${agency.organisation.id}::uuid, 'risk_profile', ${id}::uuid, ${action}, ${JSON.stringify(data)}::jsonb,
                now() + make_interval(secs => ${order}::int))`);
    };
    const hiddenFromFirst = { hiddenFrom: [first.user.id] };
    await event(plain, 'report-to-ctif');
    await event(marked, 'report-to-ctif', hiddenFromFirst);
    // A report inside a personal report concerning the first officer, before CTIF-CFI's answer to it.
    await event(window, 'report-personally', hiddenFromFirst);
    await event(window, 'report-to-ctif');
    const marks = async (officer: TestClient) => {
      const res = await officer.get('/api/declarations?filter=all');
      expect(res.status).toBe(200);
      const items = res.body.items as { subjectId: string; reportedToCtif: boolean; title: string }[];
      return new Map(items.map((i) => [i.subjectId, i]));
    };
    const seenByFirst = await marks(first.client);
    expect([open, window, marked, plain].map((id) => seenByFirst.get(id)?.reportedToCtif)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(seenByFirst.get(plain)?.title).toBe('GEWOON Élodie (acheteur)');
    const seenBySecond = await marks(second.client);
    expect([open, window, marked, plain].map((id) => seenBySecond.get(id)?.reportedToCtif)).toEqual([
      false,
      true,
      true,
      true,
    ]);
    // CTIF-CFI's answer closes what the first officer may not see: a later report is theirs to see.
    await event(window, 'record-ctif-answer');
    expect((await marks(first.client)).get(window)?.reportedToCtif).toBe(false);
    await event(window, 'report-to-ctif');
    expect((await marks(first.client)).get(window)?.reportedToCtif).toBe(true);
  });
});
