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
