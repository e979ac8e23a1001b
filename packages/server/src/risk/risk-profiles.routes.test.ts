import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { notifications } from './risk.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

async function agencyWithOfficer(withOfficer = true) {
  const agency = await createAgency(t);
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  const officer = withOfficer ? await agency.addMember({ toolRole: 'officer' }) : null;
  return { collaborator, officer };
}

async function newProfile(
  client: Awaited<ReturnType<typeof agencyWithOfficer>>['collaborator']['client'],
  role = 'buyer',
) {
  const contact = (await client.post('/api/contacts', personInput())).body;
  const profile = await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role });
  expect(profile.status).toBe(201);
  return { contact, url: `/api/risk-profiles/${profile.body.id}` };
}

describe('risk profile of a contact', () => {
  it('shows follow-up questions only after the answer that calls for them', async () => {
    const { collaborator } = await agencyWithOfficer();
    const { url } = await newProfile(collaborator.client);
    const ids = async () =>
      (await collaborator.client.get(url)).body.questions.map((q: { id: string }) => q.id);
    expect(await ids()).toContain('isPep');
    expect(await ids()).not.toContain('pepRole');
    expect(await ids()).not.toContain('entityForm');
    await collaborator.client.request('PUT', `${url}/answers`, { answers: { isPep: true } });
    expect(await ids()).toContain('pepRole');
  });

  it('computes normal vigilance, records the versions used, and the collaborator accepts', async () => {
    const { collaborator } = await agencyWithOfficer();
    const { contact, url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url);
    const computed = await collaborator.client.post(`${url}/compute`);
    expect(computed.status).toBe(200);
    expect(computed.body.result).toMatchObject({
      level: 'normal',
      questionnaireId: 'contact-buyer',
      questionnaireVersion: 1,
      policyVersion: 1,
    });
    const accepted = await collaborator.client.post(`${url}/decision`, { action: 'accept' });
    expect(accepted.body.status).toBe('accepted');
    const detail = (await collaborator.client.get(`/api/contacts/${contact.id}`)).body;
    expect(detail).toMatchObject({ status: 'accepted', vigilanceLevel: 'normal' });
    expect(detail.reviewDueAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses to compute with required answers missing, naming them', async () => {
    const { collaborator } = await agencyWithOfficer();
    const { url } = await newProfile(collaborator.client);
    const res = await collaborator.client.post(`${url}/compute`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('answers_invalid');
    expect(res.body.details.map((d: { field: string }) => d.field)).toContain('answers.isPep');
  });

  it('explains heightened vigilance with factors and articles, and routes it to the officer up to CTIF', async () => {
    const { collaborator, officer } = await agencyWithOfficer();
    const { contact, url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url, { isPep: true, pepRole: 'holder' });
    const computed = (await collaborator.client.post(`${url}/compute`)).body;
    expect(computed.result.level).toBe('heightened');
    const pep = computed.result.factors.find((f: { code: string }) => f.code.includes('pep'));
    expect(pep).toMatchObject({ forcesHeightened: true });
    expect(pep.article).toBeTruthy();

    expect((await collaborator.client.post(`${url}/decision`, { action: 'accept' })).body.code).toBe(
      'declaration_required',
    );
    expect(
      (
        await collaborator.client.post(`${url}/decision`, {
          action: 'propose',
          proposal: 'accept',
          motivation: ' ',
        })
      ).status,
    ).toBe(400);
    const proposed = await collaborator.client.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Client connu de longue date, fonds issus d’une succession documentée.',
    });
    expect(proposed.body).toMatchObject({ status: 'awaiting-officer', awaiting: 'officer' });
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer!.user.id));
    expect(notes).toHaveLength(1);
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, officer!.user.email));
    expect(mails.at(-1)?.subject).toMatch(/attend votre décision/);

    expect((await collaborator.client.post(`${url}/decision`, { action: 'officer-accept' })).status).toBe(
      403,
    );
    const queue = (await officer!.client.get('/api/declarations?filter=awaiting-officer')).body;
    expect(queue.items.map((i: { subjectId: string }) => i.subjectId)).toContain(computed.id);

    const reported = await officer!.client.post(`${url}/decision`, {
      action: 'report-to-ctif',
      comment: 'Déclaration goAML à préparer.',
    });
    expect(reported.body.status).toBe('awaiting-ctif');
    expect((await collaborator.client.get(`/api/contacts/${contact.id}`)).body.status).toBe('blocked');
    await officer!.client.post(`${url}/decision`, { action: 'record-ctif-answer', answer: 'no-objection' });
    const final = await officer!.client.post(`${url}/decision`, {
      action: 'final-decision',
      decision: 'accept',
    });
    expect(final.body.status).toBe('accepted');
    expect(
      final.body.timeline.map((e: { action: string; actorRole: string }) => `${e.action}:${e.actorRole}`),
    ).toEqual([
      'computed:collaborator',
      'propose:collaborator',
      'report-to-ctif:officer',
      'record-ctif-answer:officer',
      'final-decision:officer',
    ]);
    const all = (await collaborator.client.get('/api/declarations?filter=all')).body.items;
    expect(all.find((i: { subjectId: string }) => i.subjectId === computed.id)).toMatchObject({
      reportedToCtif: true,
      status: 'accepted',
    });
  });

  it('cannot send a case for decision while the organisation has no AML officer', async () => {
    const { collaborator } = await agencyWithOfficer(false);
    const { url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url, { isPep: true, pepRole: 'holder' });
    await collaborator.client.post(`${url}/compute`);
    const res = await collaborator.client.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Motivation.',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('no_aml_officer');
  });

  it('refuses to compute a profile of an older contact version', async () => {
    const { collaborator } = await agencyWithOfficer();
    const { contact, url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url);
    await collaborator.client.request(
      'PUT',
      `/api/contacts/${contact.id}`,
      personInput({ profession: 'Notaire' }),
    );
    expect((await collaborator.client.post(`${url}/compute`)).body.code).toBe('profile_not_current');
  });
});

describe('client acceptance policy', () => {
  it('is versioned by the officer; new profiles record the new version', async () => {
    const { collaborator, officer } = await agencyWithOfficer();
    const current = (await officer!.client.get('/api/policy')).body;
    expect(current).toMatchObject({ version: 1, isDefault: true });
    expect(current.factorCatalog.length).toBeGreaterThan(10);
    const updated = await officer!.client.request('PUT', '/api/policy', {
      policy: { ...current.policy, riskScale: { heightenedFromScore: 5 } },
    });
    expect(updated.body).toMatchObject({ version: 2, isDefault: false });
    expect((await collaborator.client.request('PUT', '/api/policy', { policy: current.policy })).status).toBe(
      403,
    );
    const { url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url);
    expect((await collaborator.client.post(`${url}/compute`)).body.result.policyVersion).toBe(2);
    const bad = await officer!.client.request('PUT', '/api/policy', {
      policy: { ...current.policy, reviewPeriodMonths: { normal: 36, heightened: 12 } },
    });
    expect(bad.status).toBe(400);
  });
});
