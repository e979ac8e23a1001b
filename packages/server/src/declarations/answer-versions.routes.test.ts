import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { walletMovements } from '../wallet/wallet.schema.ts';
import { caseAnswerVersions } from './declarations.schema.ts';

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

describe('an intended cash payment (loi art. 67)', () => {
  it('prompts the officer, blocks acceptance, and lifts only once corrected in a new version of the answers', async () => {
    const agency = await createAgency(t);
    const collaborator = (await agency.addMember({ toolRole: 'collaborator' })).client;
    const officer = await agency.addMember({ toolRole: 'officer' });
    const buyer = await acceptedContact(collaborator, 'Koper', 'buyer');
    const seller = await acceptedContact(collaborator, 'Verkoper', 'seller');
    const deal = (
      await collaborator.post('/api/transactions', {
        reference: 'VK-2026-077',
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
    const cash = { priceCents: 35_000_000, cashPayment: true, cashAmountCents: 500_000 };
    await answerAll(collaborator, url, cash);
    await creditWallet(t, agency.organisation.id, 10_000);
    const paid = (await collaborator.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() })).body;
    expect(paid.blockers).toEqual(['cash-payment']);
    const prompts = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, officer.user.id), eq(notifications.kind, 'cash_intention_report_due')),
      );
    expect(prompts.map((n) => n.subjectId)).toEqual([deal.id]);

    const corrected = { ...paid.answers, cashPayment: false };
    delete corrected.cashAmountCents;
    const noReason = await collaborator.post(`${url}/decision`, {
      action: 'revise-answers',
      motivation: ' ',
      answers: corrected,
    });
    expect(noReason.status).toBe(400);
    const unknown = await collaborator.post(`${url}/decision`, {
      action: 'revise-answers',
      motivation: 'x',
      answers: { ...corrected, notAQuestion: true },
    });
    expect(unknown.status).toBe(400);
    const revised = await collaborator.post(`${url}/decision`, {
      action: 'revise-answers',
      motivation: 'The buyer confirmed in writing that the whole price is paid by bank transfer.',
      answers: corrected,
    });
    expect(revised.status).toBe(200);
    expect(revised.body.status).toBe('draft');
    expect(revised.body.answers.cashPayment).toBe(false);

    const versions = await t.database.db
      .select()
      .from(caseAnswerVersions)
      .where(eq(caseAnswerVersions.subjectId, deal.id))
      .orderBy(asc(caseAnswerVersions.version));
    expect(versions.map((v) => [v.version, v.answers.cashPayment, v.reason !== null])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);

    const movements = () =>
      t.database.db
        .select()
        .from(walletMovements)
        .where(eq(walletMovements.organisationId, agency.organisation.id));
    const charged = (await movements()).length;
    const again = (await collaborator.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() })).body;
    // The calculation was paid once: computing the corrected answers charges nothing more.
    expect(await movements()).toHaveLength(charged);
    expect(again.blockers).toEqual([]);
    expect(again.timeline.map((e: { action: string }) => e.action)).toEqual([
      'computed',
      'revise-answers',
      'computed',
    ]);
    // A decided case is never revised: its answers stay as decided.
    const decided =
      again.result.level === 'normal'
        ? await collaborator.post(`${url}/decision`, { action: 'accept' })
        : await collaborator.post(`${url}/decision`, {
            action: 'propose',
            proposal: 'refuse',
            motivation: 'Refused.',
          });
    expect(decided.status).toBe(200);
    const late = await collaborator.post(`${url}/decision`, {
      action: 'revise-answers',
      motivation: 'x',
      answers: cash,
    });
    expect(late.body.code).toBe('invalid_transition');
  });
});
