import { emptyRiskAssessment } from '@vigilo/domain/officer-reports/index.ts';
import { and, eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityInput, personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { caseEvents } from '../declarations/declarations.schema.ts';
import { goamlReports } from '../goaml/goaml.schema.ts';
import { jobs } from '../jobs/jobs.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { acceptancePolicies, riskProfiles } from '../risk/risk.schema.ts';
import { transactions } from '../transactions/transactions.schema.ts';
import { createRiskAssessmentReviewHandler } from './risk-assessment.service.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const at = (iso: string) => new Date(`${iso}T10:00:00Z`);

async function pdfText(client: TestClient, url: string) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: client.cookieHeader() },
    remoteAddress: client.ip,
  });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/pdf/);
  return (await new PDFParse({ data: new Uint8Array(res.rawPayload) }).getText()).text;
}

/** A year of records for one agency, written with dates of 2024 (and a few outside it, which must not count). */
async function seedYear(officer: TestClient, organisationId: string) {
  const db = t.database.db;
  const made: string[] = [];
  const contact = async (
    input: object,
    createdOn: string,
    level: 'normal' | 'heightened' | null,
    extra = {},
  ) => {
    const id = (await officer.post('/api/contacts', input)).body.id as string;
    await db
      .update(contacts)
      .set({ createdAt: at(createdOn), vigilanceLevel: level, ...extra })
      .where(eq(contacts.id, id));
    made.push(id);
    return id;
  };
  const p1 = await contact(personInput({ lastName: 'Un' }), '2024-02-01', 'normal');
  await contact(personInput({ lastName: 'Deux' }), '2024-05-01', 'heightened', { reviewDueAt: '2024-06-01' });
  await contact(personInput({ lastName: 'Trois' }), '2024-07-01', null);
  await contact(entityInput({ name: 'Alpha SRL' }), '2024-08-01', 'heightened');
  await contact(entityInput({ name: 'Beta SA' }), '2024-12-31', 'normal');
  await contact(personInput({ lastName: 'Avant' }), '2023-12-31', 'normal', {
    reviewDueAt: '2024-03-01',
    status: 'refused',
  });
  await contact(personInput({ lastName: 'Après' }), '2025-01-01', 'heightened');

  // Two computed profiles of the same contact in 2024 (the second is a review), one heightened; the
  // first is decided, so asking for a new profile opens a new one instead of the same draft.
  for (const [createdOn, level] of [
    ['2024-02-02', 'normal'],
    ['2024-09-02', 'heightened'],
  ] as const) {
    const profile = (await officer.post(`/api/contacts/${p1}/risk-profiles`, { role: 'buyer' })).body;
    await db
      .update(riskProfiles)
      .set({ createdAt: at(createdOn), level, status: 'accepted', decision: { status: 'accepted' } })
      .where(eq(riskProfiles.id, profile.id));
  }
  const deal = (reference: string, createdOn: string, level: 'normal' | 'heightened' | null) => ({
    organisationId,
    reference,
    type: 'sale' as const,
    propertyAddress: { street: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
    priceCents: 30_000_000,
    searchText: reference,
    questionnaireId: 'transaction',
    questionnaireVersion: 1,
    decision: { status: 'draft' },
    status: 'draft',
    level,
    createdAt: at(createdOn),
  });
  await db
    .insert(transactions)
    .values([
      deal('T-1', '2024-03-01', 'heightened'),
      deal('T-2', '2024-04-01', 'normal'),
      deal('T-3', '2024-04-02', null),
      deal('T-0', '2023-04-02', 'heightened'),
    ]);

  const x = '00000000-0000-4000-8000-0000000000a1';
  const y = '00000000-0000-4000-8000-0000000000a2';
  const event = (action: string, subjectId: string, on: string, data = {}) => ({
    organisationId,
    subjectType: 'risk_profile' as const,
    subjectId,
    action,
    data,
    createdAt: at(on),
  });
  await db
    .insert(caseEvents)
    .values([
      event('accept', x, '2024-01-10'),
      event('accept', y, '2024-01-11'),
      event('propose', x, '2024-02-10'),
      event('officer-accept', x, '2024-02-11'),
      event('report-to-ctif', x, '2024-03-10'),
      event('report-to-ctif', y, '2024-03-11'),
      event('record-ctif-answer', x, '2024-04-01', { answer: 'opposition' }),
      event('goaml-answered', y, '2024-04-02', { answer: 'no-objection' }),
      event('record-ctif-answer', y, '2024-04-02', { answer: 'no-objection' }),
      event('report-to-ctif', y, '2023-06-01'),
    ]);
  const report = (subjectId: string, submittedOn: string) => ({
    organisationId,
    subjectType: 'risk_profile' as const,
    subjectId,
    kind: 'SAR' as const,
    state: { status: 'submitted', downloadedOn: submittedOn, submittedOn, reference: 'R' },
    status: 'submitted',
    texts: {},
  });
  await db.insert(goamlReports).values([report(x, '2024-03-12'), report(y, '2025-01-03')]);
  await db.insert(acceptancePolicies).values([
    { organisationId, version: 1, policy: {}, createdAt: at('2024-05-05') },
    { organisationId, version: 2, policy: {}, createdAt: at('2025-02-05') },
  ]);
  for (const [heldOn, attendeeCount] of [
    ['2024-03-15', 5],
    ['2024-10-01', 3],
    ['2023-10-01', 9],
  ] as const) {
    const res = await officer.post('/api/officer-reports/trainings', {
      heldOn,
      topic: `Formation AML ${heldOn}`,
      attendees: 'Équipe',
      attendeeCount,
    });
    expect(res.status).toBe(201);
  }
}

describe('annual activity report', () => {
  it('computes the figures of a seeded year, keeps versions, and prints them in FR, NL and EN', async () => {
    const a = await createAgency(t, { name: 'Agence Annuelle' });
    const officer = (await a.addMember({ toolRole: 'officer' })).client;
    await seedYear(officer, a.organisation.id);

    const report = (await officer.get('/api/officer-reports/annual?year=2024')).body;
    expect(report.dueOn).toBe('2025-06-30');
    expect(report.figures).toMatchObject({
      year: 2024,
      contacts: { total: 5, persons: 3, entities: 2, normal: 2, heightened: 2, notAssessed: 1 },
      riskProfiles: { computed: 2, heightened: 1 },
      transactions: { created: 3, computed: 2, heightened: 1 },
      decisions: { accept: 2, propose: 1, 'officer-accept': 1, 'report-to-ctif': 2, 'record-ctif-answer': 2 },
      ctif: {
        reported: 2,
        goamlSubmitted: 1,
        answers: { 'no-objection': 1, opposition: 1, 'information-request': 0 },
      },
      reviews: { done: 1, overdue: 1 },
      trainings: { sessions: 2, attendees: 8 },
      policyChanges: [{ version: 1 }],
    });
    expect(report.versions).toEqual([]);

    const narrative = {
      organisation: 'Anne Lambert est responsable AML depuis 2019.',
      procedures: 'Procédure revue en mars.',
      risks: '',
      training: 'Deux séances.',
      reporting: 'Deux déclarations à la CTIF.',
      improvements: 'Former les nouveaux collaborateurs.',
    };
    const v1 = await officer.post('/api/officer-reports/annual', { year: 2024, narrative });
    expect(v1.status).toBe(201);
    const v2 = await officer.post('/api/officer-reports/annual', {
      year: 2024,
      narrative: { ...narrative, risks: 'Paiements en espèces proposés.' },
    });
    expect(v2.body.versionNo).toBe(2);
    const again = (await officer.get('/api/officer-reports/annual?year=2024')).body;
    expect(again.versions.map((v: { versionNo: number }) => v.versionNo)).toEqual([2, 1]);
    expect(again.latest.narrative.risks).toBe('Paiements en espèces proposés.');

    const fr = await pdfText(officer, `/api/officer-reports/annual/${v2.body.id}/pdf?lang=fr`);
    expect(fr).toMatch(/Rapport annuel d'activités du responsable\s+anti-blanchiment\s+—\s+2024/);
    expect(fr).toMatch(/30 juin 2025/);
    expect(fr).toMatch(/Contacts identifiés durant l'année\s*5/);
    expect(fr).toMatch(/Dossiers déclarés à la CTIF\s*2/);
    expect(fr).toMatch(/Contacts dont la revue était en retard en fin d'année\s*1/);
    expect(fr).toContain('Paiements en espèces proposés.');
    expect(fr).toMatch(/Confidentiel/);
    const nl = await pdfText(officer, `/api/officer-reports/annual/${v2.body.id}/pdf?lang=nl`);
    expect(nl).toMatch(/Jaarlijks activiteitenverslag van de\s+antiwitwasverantwoordelijke\s+—\s+2024/);
    expect(nl).toMatch(/Opleidingssessies\s*2/);
    const en = await pdfText(officer, `/api/officer-reports/annual/${v1.body.id}/pdf?lang=en`);
    expect(en).toMatch(/Annual activity report of the AML\s+officer\s+—\s+2024/);
    expect(en).toMatch(/Risk profiles with heightened vigilance\s*1/);
    expect(en).toMatch(/\(not filled in\)/);
  });
});

describe('training per employee (issue 14, item 13)', () => {
  it('records which members attended, counts sessions per employee and names who had none', async () => {
    const a = await createAgency(t, { name: 'Agence Formée' });
    const officer = await a.addMember({ toolRole: 'officer' });
    const anna = await a.addMember({ toolRole: 'collaborator' });
    const bart = await a.addMember({ toolRole: 'collaborator' });
    const stranger = await (await createAgency(t)).addMember({ toolRole: 'collaborator' });
    const year = new Date().getUTCFullYear();
    const day = `${year}-01-02`;
    const nameOf = (m: typeof anna) => `${m.user.firstName} ${m.user.lastName}`;

    const listed = (await officer.client.get(`/api/officer-reports/trainings?year=${year}`)).body;
    expect(listed.members.map((m: { userId: string }) => m.userId).sort()).toEqual(
      [officer.user.id, anna.user.id, bart.user.id].sort(),
    );

    const refused = await officer.client.post('/api/officer-reports/trainings', {
      heldOn: day,
      topic: 'Intrus',
      attendeeCount: 1,
      attendeeUserIds: [stranger.user.id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([
      expect.objectContaining({ field: 'attendeeUserIds.0', code: 'not_a_member' }),
    ]);

    for (const [topic, attendeeUserIds] of [
      ['Vigilance accrue', [officer.user.id, anna.user.id]],
      ['Déclarations', [anna.user.id, anna.user.id]],
    ] as const) {
      const res = await officer.client.post('/api/officer-reports/trainings', {
        heldOn: day,
        topic,
        attendees: 'Notaire invité',
        attendeeCount: 0,
        attendeeUserIds,
      });
      expect(res.status).toBe(201);
    }
    const trainings = (await officer.client.get(`/api/officer-reports/trainings?year=${year}`)).body.items;
    expect(trainings.map((tr: { attendeeCount: number }) => tr.attendeeCount).sort()).toEqual([1, 2]);
    expect(
      trainings.find((tr: { topic: string }) => tr.topic === 'Vigilance accrue').attendeeMembers,
    ).toEqual(expect.arrayContaining([{ userId: anna.user.id, name: nameOf(anna) }]));

    const report = (await officer.client.get(`/api/officer-reports/annual?year=${year}`)).body;
    const sessionsOf = Object.fromEntries(
      report.figures.trainings.perEmployee.map((e: { userId: string; sessions: number }) => [
        e.userId,
        e.sessions,
      ]),
    );
    expect(sessionsOf).toEqual({ [officer.user.id]: 1, [anna.user.id]: 2, [bart.user.id]: 0 });
    expect(report.figures.trainings.withoutTraining).toEqual([{ userId: bart.user.id, name: nameOf(bart) }]);

    const saved = await officer.client.post('/api/officer-reports/annual', {
      year,
      narrative: { training: 'Deux séances.' },
    });
    const pdf = await pdfText(officer.client, `/api/officer-reports/annual/${saved.body.id}/pdf?lang=fr`);
    expect(pdf).toContain('Formations suivies par membre du personnel');
    expect(pdf).toContain(`Sans formation cette année : ${nameOf(bart)}`);
  });
});

describe('overall risk assessment', () => {
  it('is versioned, exported as PDF, and reminds the officers a year later', async () => {
    const a = await createAgency(t, { name: 'Agence Risques' });
    const officerMember = await a.addMember({ toolRole: 'officer' });
    const officer = officerMember.client;
    expect((await officer.get('/api/officer-reports/risk-assessment')).body).toMatchObject({
      current: null,
      isReviewDue: true,
    });
    const content = emptyRiskAssessment();
    content.sections.clientele = {
      answer: 'Clientèle locale, peu de non-résidents.',
      inherentRisk: 'low',
      measures: 'Identification face à face.',
    };
    content.overallRisk = 'medium';
    content.conclusion = 'Risque moyen.';
    const saved = await officer.post('/api/officer-reports/risk-assessment', {
      content,
      reviewedOn: '2024-02-29',
    });
    expect(saved.status).toBe(201);
    const current = (await officer.get('/api/officer-reports/risk-assessment')).body;
    expect(current.current).toMatchObject({
      versionNo: 1,
      reviewedOn: '2024-02-29',
      nextReviewDue: '2025-02-28',
    });
    expect(current.isReviewDue).toBe(true);

    const [job] = await t.database.db
      .select()
      .from(jobs)
      .where(eq(jobs.dedupeKey, `risk-assessment-review:${saved.body.id}`));
    expect(job!.runAt.toISOString()).toBe('2025-02-28T07:00:00.000Z');
    await createRiskAssessmentReviewHandler(
      t.database.db,
      'http://localhost:3000',
    )(job!.payload as Record<string, unknown>);
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, officerMember.user.id),
          eq(notifications.kind, 'risk_assessment_review_due'),
        ),
      );
    expect(notes).toHaveLength(1);

    const text = await pdfText(officer, `/api/officer-reports/risk-assessment/${saved.body.id}/pdf?lang=fr`);
    expect(text).toMatch(/Évaluation globale des risques de l'agence/);
    expect(text).toContain('Clientèle locale, peu de non-résidents.');
    expect(text).toMatch(/Risque global de l'agence : moyen/);
    expect(
      await pdfText(officer, `/api/officer-reports/risk-assessment/${saved.body.id}/pdf?lang=nl`),
    ).toMatch(/Algemene risicobeoordeling van het kantoor/);

    // A newer version before the reminder: no reminder for the old one.
    const second = await officer.post('/api/officer-reports/risk-assessment', {
      content,
      reviewedOn: '2025-01-15',
    });
    expect(second.body.versionNo).toBe(2);
    await createRiskAssessmentReviewHandler(
      t.database.db,
      'http://localhost:3000',
    )(job!.payload as Record<string, unknown>);
    expect(
      await t.database.db
        .select()
        .from(notifications)
        .where(eq(notifications.kind, 'risk_assessment_review_due')),
    ).toHaveLength(1);
  });
});

describe('access', () => {
  it('refuses every officer-reports route to a collaborator (403)', async () => {
    const a = await createAgency(t);
    const collaborator = (await a.addMember({ toolRole: 'collaborator' })).client;
    const routes = t.app.routeTable.filter((r) => r.url.startsWith('/api/officer-reports'));
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await collaborator.request(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${route.method} ${route.url}`).toBe(403);
    }
  });
});
