import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { notifications } from '../notifications/notifications.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

async function agency(withOfficer = true) {
  const a = await createAgency(t);
  const collaborator = await a.addMember({ toolRole: 'collaborator' });
  const colleague = await a.addMember({ toolRole: 'collaborator' });
  const officer = withOfficer ? await a.addMember({ toolRole: 'officer' }) : null;
  return { collaborator, colleague, officer };
}

/** An accepted client's risk profile. */
async function acceptedProfile(client: TestClient) {
  const contact = (await client.post('/api/contacts', personInput())).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  expect((await client.post(`${url}/decision`, { action: 'accept' })).body.status).toBe('accepted');
  return { contactId: contact.id as string, profileId: profile.id as string, url };
}

const ids = (items: { subjectId: string }[]) => items.map((i) => i.subjectId);

describe('personal report to CTIF-CFI (loi art. 48)', () => {
  it('when the officer is the subject: recorded, goAML prepared for the employee, nothing shown to that officer', async () => {
    const { collaborator, colleague, officer } = await agency();
    const { contactId, profileId, url } = await acceptedProfile(collaborator.client);
    await officer!.client.request('PUT', '/api/goaml/settings', { reportingEntityId: 4711, branch: '' });
    const before = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer!.user.id));

    const missing = await collaborator.client.post(`${url}/decision`, {
      action: 'report-personally',
      reason: 'officer-is-subject',
      motivation: 'The AML officer asked me to accept a cash deposit.',
    });
    expect(missing.body.code).toBe('concerned_officer_required');
    const notAnOfficer = await collaborator.client.post(`${url}/decision`, {
      action: 'report-personally',
      reason: 'officer-is-subject',
      motivation: 'x',
      concernedOfficerIds: [colleague.user.id],
    });
    expect(notAnOfficer.status).toBe(400);

    const reported = await collaborator.client.post(`${url}/decision`, {
      action: 'report-personally',
      reason: 'officer-is-subject',
      motivation: 'The AML officer asked me to accept a cash deposit.',
      concernedOfficerIds: [officer!.user.id],
    });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({ status: 'reported-personally', awaiting: 'ctif' });
    expect(reported.body.timeline.at(-1)).toMatchObject({
      action: 'report-personally',
      data: { reason: 'officer-is-subject' },
    });
    // The operation is suspended (art. 46): the client is blocked for everyone.
    expect((await collaborator.client.get(`/api/contacts/${contactId}`)).body.status).toBe('blocked');

    // The officer: the case as it was, no trace in the queue, notifications, goAML reports or audit trail.
    const seen = (await officer!.client.get(url)).body;
    expect(seen.status).toBe('accepted');
    expect(seen.timeline.map((e: { action: string }) => e.action)).toEqual(['computed', 'accept']);
    for (const filter of ['awaiting-officer', 'awaiting-ctif', 'open', 'all']) {
      const queue = (await officer!.client.get(`/api/declarations?filter=${filter}`)).body.items;
      expect(ids(queue)).not.toContain(profileId);
    }
    const after = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer!.user.id));
    expect(after).toHaveLength(before.length);
    expect((await officer!.client.get('/api/goaml/reports')).body.items).toEqual([]);
    const audit = (await officer!.client.get('/api/records/audit?pageSize=100')).body.items as {
      action: string;
      payload: Record<string, unknown> | null;
    }[];
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain('report-personally');
    expect(audit.map((e) => e.action)).not.toContain('goaml.report_created');
    const history = (await officer!.client.get(`/api/records/audit?subject=contact&subjectId=${contactId}`))
      .body.items;
    expect(JSON.stringify(history)).not.toContain('report-personally');

    // The employee finds the goAML report prepared as for any report; a colleague does not.
    const mine = (await collaborator.client.get(`/api/goaml/personal-reports?subjectId=${profileId}`)).body;
    expect(mine.report).toMatchObject({ state: { status: 'draft' } });
    expect(
      (await colleague.client.get(`/api/goaml/personal-reports?subjectId=${profileId}`)).body.report,
    ).toBeNull();
    expect((await officer!.client.get(`/api/goaml/reports/${mine.report.id}`)).status).toBe(404);
    expect(
      (await colleague.client.post(`/api/goaml/personal-reports/${mine.report.id}/download`)).status,
    ).toBe(404);
    const file = await collaborator.client.post(`/api/goaml/personal-reports/${mine.report.id}/download`);
    expect(file.status).toBe(200);
    expect(String(file.body)).toContain('<rentity_id>4711</rentity_id>');
    const today = new Date().toISOString().slice(0, 10);
    const submitted = await collaborator.client.post(
      `/api/goaml/personal-reports/${mine.report.id}/submission`,
      { submittedOn: today, reference: 'GOAML-2026-77' },
    );
    expect(submitted.status).toBe(200);
    expect(
      (await collaborator.client.get(`/api/goaml/personal-reports?subjectId=${profileId}`)).body.report.state,
    ).toMatchObject({ status: 'submitted', reference: 'GOAML-2026-77' });
    // The officer-only goAML routes stay closed to the employee.
    expect((await collaborator.client.get(`/api/goaml/reports/${mine.report.id}`)).status).toBe(403);

    // Only the reporting employee records CTIF-CFI's answer; the officer cannot act on it.
    const answer = { action: 'record-ctif-answer', answer: 'no-objection', comment: '' };
    expect((await colleague.client.post(`${url}/decision`, answer)).status).toBe(403);
    expect((await officer!.client.post(`${url}/decision`, answer)).status).toBe(403);
    const back = await collaborator.client.post(`${url}/decision`, answer);
    expect(back.body.status).toBe('accepted');
    expect((await collaborator.client.get(`/api/contacts/${contactId}`)).body.status).toBe('accepted');
    // Even afterwards, the officer never sees the report's events.
    const later = (await officer!.client.get(url)).body.timeline.map((e: { action: string }) => e.action);
    expect(later).toEqual(['computed', 'accept']);
    expect(
      (await collaborator.client.get(url)).body.timeline.map((e: { action: string }) => e.action),
    ).toEqual(['computed', 'accept', 'report-personally', 'goaml-submitted', 'record-ctif-answer']);
    expect(ids((await officer!.client.get('/api/declarations?filter=all')).body.items)).not.toContain(
      profileId,
    );
  });

  it('without an officer the reason is "no officer"; an absent officer is told', async () => {
    const none = await agency(false);
    const { url } = await acceptedProfile(none.collaborator.client);
    const absent = await none.collaborator.client.post(`${url}/decision`, {
      action: 'report-personally',
      reason: 'officer-absent',
      motivation: 'Seller insists on an undeclared payment.',
    });
    expect(absent.body.code).toBe('personal_report_reason_invalid');
    const reported = await none.collaborator.client.post(`${url}/decision`, {
      action: 'report-personally',
      reason: 'no-officer',
      motivation: 'Seller insists on an undeclared payment.',
    });
    expect(reported.body.status).toBe('reported-personally');
    const opposed = await none.collaborator.client.post(`${url}/decision`, {
      action: 'record-ctif-answer',
      answer: 'opposition',
      comment: '',
    });
    expect(opposed.body.status).toBe('refused');

    const withOfficer = await agency();
    const second = await acceptedProfile(withOfficer.collaborator.client);
    const declared = await withOfficer.collaborator.client.post(`${second.url}/decision`, {
      action: 'declare-suspicion',
      motivation: 'Unexplained third-party payer.',
    });
    expect(declared.body.status).toBe('suspicion-declared');
    const byAbsence = await withOfficer.collaborator.client.post(`${second.url}/decision`, {
      action: 'report-personally',
      reason: 'officer-absent',
      motivation: 'The officer is away for a month and the deed is on Friday.',
    });
    expect(byAbsence.body.status).toBe('reported-personally');
    const queue = (await withOfficer.officer!.client.get('/api/declarations?filter=awaiting-ctif')).body
      .items;
    expect(ids(queue)).toContain(second.profileId);
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, withOfficer.officer!.user.id),
          eq(notifications.subjectId, second.profileId),
        ),
      );
    expect(notes.length).toBe(2); // the declaration, then the personal report
  });
});
