import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { importList } from '../screening/list-import.ts';

const beNationalList = new URL('../../test/fixtures/lists/be-national-list.csv', import.meta.url).pathname;

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  await importList(t.database.db, beNationalList, { organisationId: null, importedBy: null });
});
afterAll(() => t.close());

async function agencyWithOfficer(withOfficer = true) {
  const agency = await createAgency(t);
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  const officer = withOfficer ? await agency.addMember({ toolRole: 'officer' }) : null;
  return { agency, collaborator, officer };
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
  it('opens the same draft when "new risk profile" is asked twice, a new one once it is computed', async () => {
    const { collaborator } = await agencyWithOfficer();
    const client = collaborator.client;
    const { contact, url } = await newProfile(client);
    const again = await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' });
    expect(again.status).toBe(201);
    expect(`/api/risk-profiles/${again.body.id}`).toBe(url);
    const seller = await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'seller' });
    expect(`/api/risk-profiles/${seller.body.id}`).not.toBe(url);
    const list = (await client.get(`/api/contacts/${contact.id}/risk-profiles`)).body.items;
    expect(list).toHaveLength(2);
    await answerAll(client, url);
    await client.post(`${url}/compute`);
    const next = await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' });
    expect(`/api/risk-profiles/${next.body.id}`).not.toBe(url);
  });

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
    const { agency, collaborator, officer } = await agencyWithOfficer();
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
    // A PEP: source of wealth and of funds, and a manager's approval, before the officer accepts.
    await collaborator.client.post(`${url}/measures`, {
      sourceOfWealth: 'Salaire de ministre et héritage documenté.',
      sourceOfFunds: 'Virement depuis son compte belge.',
    });
    const manager = await agency.addMember({ isManager: true, toolRole: 'collaborator' });
    await manager.client.post(`${url}/manager-approval`, {});
    const final = await officer!.client.post(`${url}/decision`, {
      action: 'final-decision',
      decision: 'accept',
      comment: 'Pas d’opposition de la CTIF; origine des fonds documentée.',
    });
    expect(final.body.status).toBe('accepted');
    expect(
      final.body.timeline.map((e: { action: string; actorRole: string }) => `${e.action}:${e.actorRole}`),
    ).toEqual([
      'computed:collaborator',
      'propose:collaborator',
      'report-to-ctif:officer',
      'record-ctif-answer:officer',
      'heightened-measures:collaborator',
      'manager-approval:collaborator',
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

describe('hard stops and suspicions (issue 14)', () => {
  /** A contact on the Belgian national asset-freeze list, its hit confirmed by the officer. */
  async function confirmedSanctionsMatch() {
    const { collaborator, officer } = await agencyWithOfficer();
    const input = personInput({
      lastName: 'Dubois-Lambert',
      firstNames: 'Jean-Pierre',
      birthDate: '1971-03-14',
    });
    const contact = (await collaborator.client.post('/api/contacts', input)).body;
    const { screening } = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body;
    expect(screening.hits.length).toBeGreaterThan(0);
    for (const hit of screening.hits) {
      const confirmed = await officer!.client.post(`/api/screening/hits/${hit.id}/disposition`, {
        disposition: 'true_match',
        reason: 'Same person: birth date and place match the designation.',
      });
      expect(confirmed.status).toBe(200);
    }
    const profile = (
      await collaborator.client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url);
    const computed = (await collaborator.client.post(`${url}/compute`)).body;
    expect(computed.result.level).toBe('heightened');
    expect(computed.blockers).toEqual(['sanctions-true-match']);
    return { collaborator, officer: officer!, contact, url };
  }

  it('no role can accept a contact confirmed on an asset-freeze list; refusing and reporting remain', async () => {
    const { collaborator, officer, contact, url } = await confirmedSanctionsMatch();
    for (const client of [collaborator.client, officer.client]) {
      const res = await client.post(`${url}/decision`, {
        action: 'propose',
        proposal: 'accept',
        motivation: 'Long-standing client.',
      });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({
        code: 'acceptance_blocked',
        details: [{ field: 'blockers', code: 'sanctions-true-match' }],
      });
      expect(res.body.message).toMatch(/gel des avoirs/);
    }
    const declared = await collaborator.client.post(`${url}/decision`, {
      action: 'declare-suspicion',
      motivation: 'Confirmed match on the national list.',
    });
    expect(declared.body).toMatchObject({ status: 'suspicion-declared', awaiting: 'officer' });
    expect((await collaborator.client.get(`/api/contacts/${contact.id}`)).body.status).toBe('blocked');
    const closing = await officer.client.post(`${url}/decision`, {
      action: 'close-suspicion',
      motivation: 'Explained.',
    });
    expect(closing.status).toBe(200);
    expect(closing.body.status).toBe('computed');
    await officer.client.post(`${url}/decision`, { action: 'declare-suspicion', motivation: 'Again.' });
    expect((await officer.client.post(`${url}/decision`, { action: 'report-to-ctif' })).body.status).toBe(
      'awaiting-ctif',
    );
    await officer.client.post(`${url}/decision`, { action: 'record-ctif-answer', answer: 'no-objection' });
    const finalAccept = await officer.client.post(`${url}/decision`, {
      action: 'final-decision',
      decision: 'accept',
    });
    expect(finalAccept.body.code).toBe('acceptance_blocked');
    const finalRefuse = await officer.client.post(`${url}/decision`, {
      action: 'final-decision',
      decision: 'refuse',
    });
    expect(finalRefuse.body.status).toBe('refused');
    expect((await collaborator.client.get(`/api/contacts/${contact.id}`)).body.status).toBe('refused');
  });

  it('an expired identity document blocks acceptance until a valid one is recorded (loi art. 33)', async () => {
    const { collaborator } = await agencyWithOfficer();
    const expired = personInput({
      idDocument: {
        type: 'belgian_eid',
        number: '592-1234567-89',
        expiryDate: '2020-01-01',
        issuingCountry: 'BE',
      },
    });
    const contact = (await collaborator.client.post('/api/contacts', expired)).body;
    const profile = (
      await collaborator.client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url);
    const computed = (await collaborator.client.post(`${url}/compute`)).body;
    expect(computed.blockers).toEqual(['identity-document-expired']);
    const accept = await collaborator.client.post(`${url}/decision`, { action: 'accept' });
    expect(accept.status).toBe(409);
    expect(accept.body).toMatchObject({
      code: 'acceptance_blocked',
      details: [{ field: 'blockers', code: 'identity-document-expired' }],
    });
  });

  it('anyone declares a suspicion on an accepted client; the officer closes it in writing or reports it', async () => {
    const { collaborator, officer } = await agencyWithOfficer();
    const { contact, url } = await newProfile(collaborator.client);
    await answerAll(collaborator.client, url);
    await collaborator.client.post(`${url}/compute`);
    expect((await collaborator.client.post(`${url}/decision`, { action: 'accept' })).body.status).toBe(
      'accepted',
    );

    const empty = await collaborator.client.post(`${url}/decision`, {
      action: 'declare-suspicion',
      motivation: ' ',
    });
    expect(empty.status).toBe(400);
    const declared = await collaborator.client.post(`${url}/decision`, {
      action: 'declare-suspicion',
      motivation: 'The buyer now wants a third party to pay the deposit.',
    });
    expect(declared.body).toMatchObject({ status: 'suspicion-declared', awaiting: 'officer' });
    expect((await collaborator.client.get(`/api/contacts/${contact.id}`)).body.status).toBe('blocked');
    const twice = await collaborator.client.post(`${url}/decision`, {
      action: 'declare-suspicion',
      motivation: 'x',
    });
    expect(twice.body.code).toBe('suspicion_already_open');
    const queue = (await officer!.client.get('/api/declarations?filter=awaiting-officer')).body.items;
    expect(queue.map((i: { subjectId: string }) => i.subjectId)).toContain(declared.body.id);
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer!.user.id));
    expect(notes.map((n) => n.kind)).toContain('case_needs_officer');

    expect(
      (await collaborator.client.post(`${url}/decision`, { action: 'close-suspicion', motivation: 'no' }))
        .status,
    ).toBe(403);
    const closed = await officer!.client.post(`${url}/decision`, {
      action: 'close-suspicion',
      motivation: 'The third party is the buyer’s spouse, co-borrower on the mortgage.',
    });
    expect(closed.body.status).toBe('accepted');
    expect((await collaborator.client.get(`/api/contacts/${contact.id}`)).body.status).toBe('accepted');
    expect(closed.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'computed',
      'accept',
      'declare-suspicion',
      'close-suspicion',
    ]);
    const all = (await officer!.client.get('/api/declarations?filter=all')).body.items;
    expect(all.map((i: { subjectId: string }) => i.subjectId)).toContain(declared.body.id);
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
