import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { users } from '../accounts/accounts.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { jobs } from '../jobs/jobs.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { amlTrainings } from '../officer-reports/officer-reports.schema.ts';
import { contactRetention } from '../records/records.schema.ts';
import { caseEvents, riskProfiles } from '../risk/risk.schema.ts';
import { listVersions, screeningHits, screenings } from '../screening/screening.schema.ts';
import { transactions } from '../transactions/transactions.schema.ts';

let t: TTestApp;
let admin: TestClient;
const day = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * day);
const isoIn = (days: number) => daysFromNow(days).toISOString().slice(0, 10);
const monthAgo = (back: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 10, 12));
};

beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account is the platform administrator
});
afterAll(() => t.close());

/**
 * One agency with records whose counts the test knows, and a second agency with the same records, which
 * must never show in the first one's figures.
 */
async function seedAgency(officer: TestClient, organisationId: string) {
  const db = t.database.db;
  const contact = async (lastName: string, expiryDate: string, reviewDueAt: string | null) => {
    const res = await officer.post(
      '/api/contacts',
      personInput({ lastName, idDocument: { ...personInput().idDocument, expiryDate } }),
    );
    expect(res.status).toBe(201);
    await db.update(contacts).set({ reviewDueAt }).where(eq(contacts.id, res.body.id));
    return res.body.id as string;
  };
  // Reviews: 2 due or overdue, 1 due within 30 days, 1 later. Documents: 1 expired, 2 expiring within 60 days.
  const c1 = await contact('Un', isoIn(-3), isoIn(-10));
  const c2 = await contact('Deux', isoIn(20), isoIn(0));
  const c3 = await contact('Trois', isoIn(45), isoIn(12));
  const c4 = await contact('Quatre', isoIn(400), isoIn(90));

  // Open cases: profiles created through the API, then moved to known states and ages.
  const profile = async (contactId: string, status: string, movedDaysAgo: number, extra = {}) => {
    const res = await officer.post(`/api/contacts/${contactId}/risk-profiles`, { role: 'buyer' });
    expect(res.status).toBe(201);
    await db
      .update(riskProfiles)
      .set({ status, updatedAt: daysFromNow(-movedDaysAgo), ...extra })
      .where(eq(riskProfiles.id, res.body.id));
    return res.body.id as string;
  };
  const reported = await profile(c1, 'awaiting-ctif', 40, { level: 'heightened', createdAt: monthAgo(1) });
  await profile(c2, 'awaiting-officer', 10, { level: 'heightened', createdAt: monthAgo(0) });
  await profile(c3, 'computed', 2, { level: 'normal', createdAt: monthAgo(0) });
  await profile(c4, 'accepted', 1, { level: 'normal', createdAt: monthAgo(0) });
  // Transactions: one awaiting the officer for 3 days; created over three months.
  const deal = (reference: string, status: string, createdAt: Date, level: 'normal' | 'heightened' | null) =>
    db.insert(transactions).values({
      organisationId,
      reference,
      type: 'sale',
      propertyAddress: { street: 'Rue 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' },
      priceCents: 30_000_000,
      searchText: reference,
      questionnaireId: 'transaction',
      questionnaireVersion: 1,
      level,
      decision: { status },
      status,
      createdAt,
      updatedAt: daysFromNow(-3),
    });
  await deal('T-1', 'awaiting-officer', monthAgo(0), 'heightened');
  await deal('T-2', 'accepted', monthAgo(2), 'normal');
  await deal('T-3', 'accepted', monthAgo(2), 'normal');
  await deal('T-OLD', 'accepted', monthAgo(14), 'normal');
  await db.insert(caseEvents).values({
    organisationId,
    subjectType: 'risk_profile',
    subjectId: reported,
    action: 'report-to-ctif',
    createdAt: monthAgo(1),
  });

  // Hits: two open on c1, one dismissed on c2.
  const [screening] = await db
    .insert(screenings)
    .values({
      organisationId,
      contactId: c1,
      contactVersionNo: 1,
      trigger: 'manual',
      listVersions: [],
      level: 'heightened',
      factors: [],
    })
    .returning();
  const hit = (contactId: string, entryId: string, disposition: 'open' | 'false_positive') => ({
    organisationId,
    screeningId: screening!.id,
    contactId,
    partyContactId: contactId,
    partyName: 'X',
    partyFingerprint: 'x',
    list: 'eu',
    entryId,
    entryHash: 'h',
    matchedName: 'X',
    score: 0.9,
    explanation: {},
    disposition,
  });
  await db
    .insert(screeningHits)
    .values([hit(c1, 'e1', 'open'), hit(c1, 'e2', 'open'), hit(c2, 'e3', 'false_positive')]);

  // Retention: one end proposed after inactivity, one proposal dismissed.
  await db.insert(contactRetention).values([
    { contactId: c3, organisationId, proposedAt: daysFromNow(-1), endSource: 'inactivity' },
    { contactId: c4, organisationId, proposedAt: daysFromNow(-5), dismissedAt: daysFromNow(-2) },
  ]);
  return { c1, c2, c3, reported };
}

describe('the cockpit', () => {
  it("shows the officer's figures of their own agency only, and the contacts behind them", async () => {
    const a = await createAgency(t);
    const officer = await a.addMember({ toolRole: 'officer' });
    const seeded = await seedAgency(officer.client, a.organisation.id);
    const b = await createAgency(t);
    await seedAgency((await b.addMember({ toolRole: 'officer' })).client, b.organisation.id);

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
    await seedAgency(officer.client, a.organisation.id);
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
