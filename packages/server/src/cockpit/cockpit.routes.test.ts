import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysFromNow, isoIn, seedCockpitAgency } from '../../test/cockpit-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { users } from '../accounts/accounts.schema.ts';
import { jobs } from '../jobs/jobs.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { amlTrainings } from '../officer-reports/officer-reports.schema.ts';
import { listVersions } from '../screening/screening.schema.ts';

let t: TTestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account is the platform administrator
});
afterAll(() => t.close());

describe('the cockpit', () => {
  it("shows the officer's figures of their own agency only, and the contacts behind them", async () => {
    const a = await createAgency(t);
    const officer = await a.addMember({ toolRole: 'officer' });
    const seeded = await seedCockpitAgency(t, officer.client, a.organisation.id);
    const b = await createAgency(t);
    await seedCockpitAgency(t, (await b.addMember({ toolRole: 'officer' })).client, b.organisation.id);

    const res = await officer.client.get('/api/cockpit/officer');
    expect(res.status).toBe(200);
    const c = res.body;
    // awaiting-ctif (profile), awaiting-officer (profile + transaction), computed (profile); drafts none.
    expect(c.openCases.byAwaited).toEqual({ collaborator: 1, officer: 2, ctif: 1 });
    expect(c.openCases.byAge).toEqual({ under7: 2, from7to30: 1, over30: 1 });
    expect(c.hitsToReview).toBe(2);
    expect(c.reviews).toEqual({ overdue: 2, dueSoon: 1, dueSoonDays: 30 });
    expect(c.documents).toEqual({ expired: 1, expiringSoon: 2, windowDays: 60 });
    expect(c.relationshipsProposedForEnding).toBe(1);
    expect(c.months).toHaveLength(12);
    const thisMonth = c.months[11];
    const lastMonth = c.months[10];
    // This month: 3 profiles (1 heightened) + T-1 (heightened); last month: the reported profile.
    expect(thisMonth).toMatchObject({ assessed: 4, heightened: 2, reportsToCtif: 0 });
    expect(lastMonth).toMatchObject({ assessed: 1, heightened: 1, reportsToCtif: 1 });
    expect(c.months[9]).toMatchObject({ assessed: 2, heightened: 0 });

    const hits = await officer.client.get('/api/cockpit/items?figure=open-hits');
    expect(hits.body.items.map((i: { id: string }) => i.id)).toEqual([seeded.c1]);
    const reviews = await officer.client.get('/api/cockpit/items?figure=reviews-due-soon');
    expect(reviews.body.items.map((i: { id: string }) => i.id)).toEqual([seeded.c3]);
    const docs = await officer.client.get('/api/cockpit/items?figure=documents-expiring');
    expect(docs.body.items.map((i: { id: string }) => i.id)).toEqual([seeded.c1, seeded.c2, seeded.c3]);
    const items = async (query: string) =>
      (await officer.client.get(`/api/cockpit/items?${query}`)).body.items.map(
        (i: { kind: string; id: string }) => `${i.kind}:${i.id}`,
      );
    expect(await items('figure=cases-over30')).toEqual([`risk_profile:${seeded.reported}`]);
    expect(await items('figure=cases-awaiting-collaborator')).toHaveLength(1);
    expect(await items('figure=cases-under7')).toHaveLength(2);
    const [month10, month11] = [c.months[10].month, c.months[11].month];
    expect(await items(`figure=reports-to-ctif&month=${month10}`)).toEqual([
      `risk_profile:${seeded.reported}`,
    ]);
    expect(await items(`figure=heightened&month=${month11}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^risk_profile:/),
        expect.stringMatching(/^transaction:/),
      ]),
    );
    expect(await items(`figure=heightened&month=${month11}`)).toHaveLength(2);
    for (const bad of [
      'figure=everything',
      'figure=heightened',
      'figure=open-hits&month=2026-01',
      'figure=heightened&month=2026-13',
    ]) {
      const res = await officer.client.get(`/api/cockpit/items?${bad}`);
      expect(res.status, bad).toBe(400);
      expect(res.body.code).toBeTruthy();
    }
  });

  it('shows a manager the agency part (activity, wallet against subscription, training) and not the rest', async () => {
    const a = await createAgency(t);
    const manager = await a.addMember({ isManager: true });
    const officer = await a.addMember({ toolRole: 'officer' });
    const collaborator = await a.addMember({ toolRole: 'collaborator' });
    await seedCockpitAgency(t, officer.client, a.organisation.id);
    await creditWallet(t, a.organisation.id, 12_345);
    const db = t.database.db;
    // Test accounts share one name; the training log tells people apart by name only.
    await db
      .update(users)
      .set({ firstName: 'Anne', lastName: 'Dupont' })
      .where(eq(users.id, officer.user.id));
    await db
      .update(users)
      .set({ firstName: 'Jérôme', lastName: 'Lefèvre' })
      .where(eq(users.id, collaborator.user.id));
    await db.insert(amlTrainings).values([
      {
        organisationId: a.organisation.id,
        heldOn: isoIn(-100),
        topic: 'AML',
        attendees: 'Anne Dupont, Marc Peeters',
        attendeeCount: 1,
      },
      {
        organisationId: a.organisation.id,
        heldOn: isoIn(-500),
        topic: 'AML 2',
        attendees: 'LEFEVRE Jerome',
        attendeeCount: 1,
      },
    ]);

    const res = await manager.client.get('/api/cockpit/agency');
    expect(res.status).toBe(200);
    const months = res.body.transactionsPerMonth;
    expect(months).toHaveLength(12);
    expect(months[11].count).toBe(1);
    expect(months[9].count).toBe(2);
    expect(months.reduce((s: number, m: { count: number }) => s + m.count, 0)).toBe(3);
    expect(res.body.wallet).toEqual({ balanceCents: 12_345, subscription: null });
    const training = Object.fromEntries(
      res.body.training.map((m: { memberId: string; isCurrent: boolean; lastTrainingOn: string }) => [
        m.memberId,
        [m.isCurrent, m.lastTrainingOn],
      ]),
    );
    expect(training).toEqual({
      [officer.membership.id]: [true, isoIn(-100)],
      [collaborator.membership.id]: [false, isoIn(-500)],
    });

    expect((await manager.client.get('/api/cockpit/officer')).status).toBe(403);
    expect((await collaborator.client.get('/api/cockpit/agency')).status).toBe(403);
    expect((await collaborator.client.get('/api/cockpit/officer')).status).toBe(403);
    expect((await officer.client.get('/api/cockpit/agency')).status).toBe(200);
  });

  it('gives the platform administrator the operator page and nobody else', async () => {
    const db = t.database.db;
    await db.delete(jobs);
    await db.insert(jobs).values([
      { kind: 'mail.send', payload: {}, status: 'pending' },
      { kind: 'mail.send', payload: {}, status: 'pending', attempts: 2, lastError: 'ECONNREFUSED' },
      { kind: 'screening.rescreen', payload: {}, status: 'failed', attempts: 10, lastError: 'boom' },
    ]);
    const [failedMail] = await db
      .insert(mailOutbox)
      .values({ toAddress: 'x@example.be', subject: 's', textBody: 'b', template: 't', status: 'failed' })
      .returning();
    await db.insert(listVersions).values({
      source: 'eu',
      format: 'eu-xml',
      listDate: isoIn(-10),
      checksum: 'c',
      counts: {},
      diff: {},
      importedAt: daysFromNow(-10),
    });
    const waiting = await createAgency(t, { allowed: false, name: 'Agence en attente' });

    const res = await admin.get('/api/cockpit/operator');
    expect(res.status).toBe(200);
    const { waiting: w, retrying, running, failed } = res.body.jobs;
    expect({ w, retrying, running, failed }).toEqual({ w: 1, retrying: 1, running: 0, failed: 1 });
    expect(res.body.jobs.recentFailures.map((j: { kind: string }) => j.kind).sort()).toEqual([
      'mail.send',
      'screening.rescreen',
    ]);
    expect(res.body.mail.recentFailures.map((m: { id: string }) => m.id)).toContain(failedMail!.id);
    expect(res.body.lists).toEqual([expect.objectContaining({ source: 'eu', ageDays: 10, isStale: true })]);
    expect(res.body.organisationsAwaitingAllowListing.map((o: { id: string }) => o.id)).toEqual([
      waiting.organisation.id,
    ]);

    const officer = await (await createAgency(t)).addMember({ toolRole: 'officer', isManager: true });
    expect((await officer.client.get('/api/cockpit/operator')).status).toBe(403);
    await db.delete(jobs).where(inArray(jobs.kind, ['mail.send', 'screening.rescreen']));
  });
});
