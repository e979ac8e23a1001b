import { eq } from 'drizzle-orm';
import { contacts } from '../src/contacts/contacts.schema.ts';
import { caseEvents } from '../src/declarations/declarations.schema.ts';
import { contactRetention } from '../src/records/records.schema.ts';
import { riskProfiles } from '../src/risk/risk.schema.ts';
import { screeningHits, screenings } from '../src/screening/screening.schema.ts';
import { transactions } from '../src/transactions/transactions.schema.ts';
import { personInput } from './contact-fixtures.ts';
import type { TestClient, TTestApp } from './harness.ts';

/** A decision state consistent with the status column (the workflow's shapes, see decision-workflow.ts). */
function decisionOf(status: string) {
  if (status === 'computed') return { status, level: 'normal' };
  if (status === 'accepted') return { status, decidedBy: 'collaborator' };
  return { status, motivation: 'Origine des fonds à vérifier.' };
}

const day = 86_400_000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * day);
export const isoIn = (days: number) => daysFromNow(days).toISOString().slice(0, 10);
/** The 10th of the month `back` months ago (UTC), at noon: safely inside that month. */
export const monthAgo = (back: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 10, 12));
};

/**
 * One agency with records whose counts the test knows, and a second agency with the same records, which
 * must never show in the first one's figures.
 */
export async function seedCockpitAgency(t: TTestApp, officer: TestClient, organisationId: string) {
  const db = t.database.db;
  const contact = async (lastName: string, expiryDate: string, reviewDueAt: string | null) => {
    const res = await officer.post(
      '/api/contacts',
      personInput({ lastName, idDocument: { ...personInput().idDocument, expiryDate } }),
    );
    if (res.status !== 201) throw new Error(`seed failed: ${JSON.stringify(res.body)}`);
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
    if (res.status !== 201) throw new Error(`seed failed: ${JSON.stringify(res.body)}`);
    await db
      .update(riskProfiles)
      .set({ status, decision: decisionOf(status), updatedAt: daysFromNow(-movedDaysAgo), ...extra })
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
      decision: decisionOf(status),
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
