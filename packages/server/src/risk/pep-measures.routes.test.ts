import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';

/** Issue 14, items 3 and 12: PEPs (loi art. 41) and the enhanced measures recorded on a heightened case. */
let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

async function agency() {
  const a = await createAgency(t);
  return {
    collaborator: await a.addMember({ toolRole: 'collaborator' }),
    officer: await a.addMember({ toolRole: 'officer' }),
    manager: await a.addMember({ isManager: true, toolRole: 'collaborator' }),
  };
}

const isoDaysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const pepData = (over: Record<string, unknown> = {}) => ({
  status: 'holder',
  function: 'Bourgmestre',
  country: 'BE',
  startDate: '2012-12-03',
  ...over,
});

async function computedProfile(client: TestClient, contactOver: Record<string, unknown>) {
  const contact = await client.post('/api/contacts', personInput(contactOver));
  expect(contact.status).toBe(201);
  const profile = await client.post(`/api/contacts/${contact.body.id}/risk-profiles`, { role: 'buyer' });
  const url = `/api/risk-profiles/${profile.body.id}`;
  // The questionnaire says nothing of a PEP: the identification data alone must force heightened.
  await answerAll(client, url, { isPep: false });
  const computed = await client.post(`${url}/compute`);
  expect(computed.status).toBe(200);
  return { contactId: contact.body.id as string, url, computed: computed.body };
}

const blockerCodes = (body: { details: { field: string; code: string }[] }) =>
  body.details.filter((d) => d.field === 'blockers').map((d) => d.code);

describe('PEP declared in the identification data', () => {
  it('refuses incomplete PEP identification (function and country)', async () => {
    const { collaborator } = await agency();
    const res = await collaborator.client.post(
      '/api/contacts',
      personInput({ pep: { status: 'family-member', function: '' } }),
    );
    expect(res.status).toBe(400);
    const fields = res.body.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['pep.function', 'pep.country']));
  });

  it('forces heightened vigilance and refuses acceptance until wealth, funds and the manager approval are recorded', async () => {
    const { collaborator, officer, manager } = await agency();
    const { url, computed } = await computedProfile(collaborator.client, { pep: pepData() });
    expect(computed.result.level).toBe('heightened');
    expect(computed.result.factors).toContainEqual(
      expect.objectContaining({ code: 'pep', source: 'contact', forcesHeightened: true }),
    );
    expect(computed.caseMeasures).toEqual({ pepCase: true, measures: null, managerApproval: null });
    expect(computed.blockers).toEqual([
      'pep-source-of-wealth-missing',
      'pep-source-of-funds-missing',
      'pep-senior-management-approval-missing',
    ]);

    // The collaborator may still propose acceptance to the officer while the measures are gathered.
    const proposed = await collaborator.client.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Bourgmestre en fonction; patrimoine et fonds à documenter.',
    });
    expect(proposed.body.status).toBe('awaiting-officer');

    const accept = (comment: string) =>
      officer.client.post(`${url}/decision`, { action: 'officer-accept', comment });
    const blocked = await accept('Justification écrite.');
    expect(blocked.status).toBe(409);
    expect(blocked.body.code).toBe('acceptance_blocked');
    expect(blockerCodes(blocked.body)).toEqual([
      'pep-source-of-wealth-missing',
      'pep-source-of-funds-missing',
      'pep-senior-management-approval-missing',
    ]);

    // Only the source of wealth: the funds and the approval are still missing.
    const partial = await collaborator.client.post(`${url}/measures`, {
      sourceOfWealth: 'Patrimoine issu de la vente d’une maison (acte du 3 mars 2019).',
    });
    expect(partial.status).toBe(200);
    expect(partial.body.blockers).toEqual([
      'pep-source-of-funds-missing',
      'pep-senior-management-approval-missing',
    ]);
    // Senior management approves knowing both sources.
    const early = await manager.client.post(`${url}/manager-approval`, { comment: 'OK' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('pep_sources_missing');
    expect(blockerCodes(await accept('Justification écrite.').then((r) => r.body))).toEqual([
      'pep-source-of-funds-missing',
      'pep-senior-management-approval-missing',
    ]);

    const recorded = await collaborator.client.post(`${url}/measures`, {
      sourceOfWealth: 'Patrimoine issu de la vente d’une maison (acte du 3 mars 2019).',
      sourceOfFunds: 'Virement depuis son compte BE68 5390 0754 7034, extrait joint.',
      additionalInformation: 'Déclaration de mandats consultée.',
    });
    expect(recorded.body.caseMeasures.measures).toMatchObject({
      sourceOfFunds: 'Virement depuis son compte BE68 5390 0754 7034, extrait joint.',
      documentIds: [],
    });
    expect(recorded.body.blockers).toEqual(['pep-senior-management-approval-missing']);

    // The officer is not senior management; neither is a collaborator.
    expect((await officer.client.post(`${url}/manager-approval`, {})).status).toBe(403);
    expect((await collaborator.client.post(`${url}/manager-approval`, {})).status).toBe(403);
    const approved = await manager.client.post(`${url}/manager-approval`, {
      comment: 'Approuvé par la direction.',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.blockers).toEqual([]);
    expect(approved.body.caseMeasures.managerApproval).toMatchObject({
      comment: 'Approuvé par la direction.',
    });

    // The officer's written justification is required to accept a heightened case (item 12).
    const unjustified = await accept('  ');
    expect(unjustified.status).toBe(400);
    expect(unjustified.body.code).toBe('motivation_required');
    const accepted = await accept('Sources documentées, approbation de la direction obtenue.');
    expect(accepted.body.status).toBe('accepted');
    const actions = accepted.body.timeline.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'computed',
      'propose',
      'heightened-measures',
      'heightened-measures',
      'manager-approval',
      'officer-accept',
    ]);
    expect(accepted.body.timeline.at(-1).motivation).toBe(
      'Sources documentées, approbation de la direction obtenue.',
    );
    // Decided: no more measures or approval on this case.
    expect((await collaborator.client.post(`${url}/measures`, { sourceOfFunds: 'x' })).status).toBe(409);
  });

  it('new measures call for a new approval', async () => {
    const { collaborator, manager } = await agency();
    const { url } = await computedProfile(collaborator.client, {
      pep: pepData({ status: 'close-associate' }),
    });
    const both = { sourceOfWealth: 'Salaires.', sourceOfFunds: 'Prêt hypothécaire.' };
    await collaborator.client.post(`${url}/measures`, both);
    expect((await manager.client.post(`${url}/manager-approval`, {})).body.blockers).toEqual([]);
    const again = await collaborator.client.post(`${url}/measures`, { ...both, sourceOfFunds: 'Donation.' });
    expect(again.body.blockers).toEqual(['pep-senior-management-approval-missing']);
  });
});

describe('a PEP who left office (loi art. 41)', () => {
  it('within 12 months: still a PEP, and the officer cannot end it yet', async () => {
    const { collaborator, officer } = await agency();
    const { contactId, computed } = await computedProfile(collaborator.client, {
      pep: pepData({ endDate: isoDaysAgo(100) }),
    });
    expect(computed.result.factors.map((f: { code: string }) => f.code)).toContain('pep');
    const res = await officer.client.post(`/api/contacts/${contactId}/pep-assessment`, {
      assessment: 'Plus de risque.',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('pep_assessment_not_allowed');
  });

  it('after 12 months: heightened until the officer records a documented assessment ending it', async () => {
    const { collaborator, officer } = await agency();
    const endDate = isoDaysAgo(800);
    const { contactId, computed } = await computedProfile(collaborator.client, { pep: pepData({ endDate }) });
    expect(computed.result.level).toBe('heightened');
    expect(computed.result.factors.map((f: { code: string }) => f.code)).toContain('former-pep');
    const detail = (await collaborator.client.get(`/api/contacts/${contactId}`)).body;
    expect(detail.pepStanding).toMatchObject({ standing: 'left-over-12-months', assessment: null });

    const assessment = {
      assessment: 'Mandat terminé depuis deux ans; aucune influence résiduelle identifiée.',
    };
    const url = `/api/contacts/${contactId}/pep-assessment`;
    expect((await collaborator.client.post(url, assessment)).status).toBe(403);
    expect((await officer.client.post(url, { assessment: ' ' })).status).toBe(400);
    const recorded = await officer.client.post(url, assessment);
    expect(recorded.status).toBe(200);
    expect(recorded.body.pepStanding).toMatchObject({
      standing: 'risk-ended',
      assessment: { functionEndDate: endDate, assessment: assessment.assessment },
    });
    expect((await officer.client.post(url, assessment)).body.code).toBe('pep_assessment_not_allowed');

    // A new profile follows the assessment: nothing of the PEP status forces heightened any more.
    const profile = await collaborator.client.post(`/api/contacts/${contactId}/risk-profiles`, {
      role: 'buyer',
    });
    const next = `/api/risk-profiles/${profile.body.id}`;
    await answerAll(collaborator.client, next, { isPep: false });
    const recomputed = (await collaborator.client.post(`${next}/compute`)).body;
    expect(recomputed.result.level).toBe('normal');
    expect(recomputed.caseMeasures.pepCase).toBe(false);
    expect(recomputed.blockers).toEqual([]);
  });
});
