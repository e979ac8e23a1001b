import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';

/** Issue 14, item 12: the enhanced measures of a heightened transaction and the officer's justification. */
let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

async function acceptedContact(client: TestClient, lastName: string, role: 'buyer' | 'seller') {
  const contact = (await client.post('/api/contacts', personInput({ lastName, firstNames: 'Test' }))).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  expect((await client.post(`${url}/decision`, { action: 'accept' })).body.status).toBe('accepted');
  return contact;
}

describe('enhanced measures on a heightened transaction', () => {
  it('records the information obtained and accepts only with the officer’s written justification', async () => {
    const agency = await createAgency(t);
    const client = (await agency.addMember({ toolRole: 'collaborator' })).client;
    const officer = (await agency.addMember({ toolRole: 'officer' })).client;
    const seller = await acceptedContact(client, 'Verkoper', 'seller');
    const buyer = await acceptedContact(client, 'Koper', 'buyer');
    const deal = (
      await client.post('/api/transactions', {
        reference: 'VK-2026-120',
        type: 'sale',
        propertyAddress: { street: 'Grote Markt 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
        priceCents: 35_000_000,
        parties: [
          { contactId: seller.id, role: 'client' },
          { contactId: buyer.id, role: 'counterparty' },
        ],
      })
    ).body;
    const url = `/api/transactions/${deal.id}`;
    await answerAll(client, url, { priceCents: 35_000_000, thirdPartyBeneficiary: true });
    await creditWallet(t, agency.organisation.id, 5_000);
    const paid = (await client.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() })).body;
    expect(paid.result.level).toBe('heightened');
    expect(paid.caseMeasures).toEqual({ pepCase: false, measures: null, managerApproval: null });
    expect(paid.blockers).toEqual([]);

    const recorded = await client.post(`${url}/measures`, {
      sourceOfFunds: 'Prêt hypothécaire de la banque X, offre de crédit jointe.',
      additionalInformation: 'Le bénéficiaire est le fils de l’acheteur, qui finance l’achat.',
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.caseMeasures.measures).toMatchObject({
      sourceOfWealth: '',
      sourceOfFunds: 'Prêt hypothécaire de la banque X, offre de crédit jointe.',
    });
    // Only documents of the organisation can be named.
    const foreign = await client.post(`${url}/measures`, { documentIds: [randomUUID()] });
    expect(foreign.status).toBe(400);

    await client.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Financement documenté.',
    });
    const unjustified = await officer.post(`${url}/decision`, { action: 'officer-accept' });
    expect(unjustified.status).toBe(400);
    expect(unjustified.body.code).toBe('motivation_required');
    const accepted = await officer.post(`${url}/decision`, {
      action: 'officer-accept',
      comment: 'Financement par prêt documenté ; bénéficiaire identifié.',
    });
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'computed',
      'heightened-measures',
      'propose',
      'officer-accept',
    ]);
  });
});
