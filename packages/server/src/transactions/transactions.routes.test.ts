import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { walletMovements } from '../wallet/wallet.schema.ts';
import { transactions } from './transactions.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const address = { street: 'Grote Markt 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' };
const price = 2299; // €19.00 + 21% VAT

async function acceptedContact(client: TestClient, lastName: string, role: 'buyer' | 'seller') {
  const contact = (await client.post('/api/contacts', personInput({ lastName, firstNames: 'Test' }))).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  const accepted = await client.post(`${url}/decision`, { action: 'accept' });
  expect(accepted.body.status).toBe('accepted');
  return contact;
}

async function setup() {
  const agency = await createAgency(t);
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  const officer = await agency.addMember({ toolRole: 'officer' });
  const buyer = await acceptedContact(collaborator.client, 'Koper', 'buyer');
  const seller = await acceptedContact(collaborator.client, 'Verkoper', 'seller');
  return { agency, client: collaborator.client, officer: officer.client, buyer, seller };
}

function transactionInput(reference: string, clientId: string, counterpartyId: string) {
  return {
    reference,
    type: 'sale',
    propertyAddress: address,
    priceCents: 35_000_000,
    parties: [
      { contactId: clientId, role: 'client' },
      { contactId: counterpartyId, role: 'counterparty' },
    ],
  };
}

describe('transactions', () => {
  it('creates a transaction with accepted parties and refuses a second use of the same contact version', async () => {
    const { client, buyer, seller } = await setup();
    const created = await client.post(
      '/api/transactions',
      transactionInput('VK-2026-001', seller.id, buyer.id),
    );
    expect(created.status).toBe(201);
    expect(created.body.parties.map((p: { role: string }) => p.role).sort()).toEqual([
      'client',
      'counterparty',
    ]);
    const again = await client.post(
      '/api/transactions',
      transactionInput('VK-2026-002', seller.id, buyer.id),
    );
    expect(again.status).toBe(400);
    expect(again.body.details.map((d: { code: string }) => d.code)).toContain('party_version_already_used');
    const candidates = (await client.get('/api/transactions/party-candidates?q=koper')).body.items;
    expect(candidates[0]).toMatchObject({ eligible: false, reason: 'version_already_used' });
  });

  it('refuses a contact without an accepted risk profile, writing nothing', async () => {
    const { client, buyer } = await setup();
    const fresh = (await client.post('/api/contacts', personInput({ lastName: 'Nieuw' }))).body;
    const before = await tableCounts(t.database.db);
    const res = await client.post('/api/transactions', transactionInput('VK-2026-010', fresh.id, buyer.id));
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({
      field: 'parties.0.contactId',
      code: 'party_no_accepted_profile',
    });
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it('refuses to pay with an insufficient balance: nothing computed, nothing charged', async () => {
    const { agency, client, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-020', seller.id, buyer.id))
    ).body;
    await answerAll(client, `/api/transactions/${deal.id}`, { priceCents: 35_000_000 });
    await creditWallet(t, agency.organisation.id, price - 1);
    const res = await client.post(`/api/transactions/${deal.id}/pay-and-compute`, {
      idempotencyKey: randomUUID(),
    });
    expect(res.status).toBe(402);
    expect(res.body.code).toBe('insufficient_balance');
    expect((await client.get(`/api/transactions/${deal.id}`)).body).toMatchObject({
      status: 'draft',
      result: null,
      payment: null,
    });
    const debits = await t.database.db
      .select()
      .from(walletMovements)
      .where(eq(walletMovements.organisationId, agency.organisation.id));
    expect(debits.filter((m) => m.kind === 'debit')).toHaveLength(0);
  });

  it('pays once per click, computes, and stores the atypical transaction report', async () => {
    const { agency, client, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-030', seller.id, buyer.id))
    ).body;
    await answerAll(client, `/api/transactions/${deal.id}`, { priceCents: 35_000_000, cashPayment: false });
    await creditWallet(t, agency.organisation.id, 5_000);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      client.post(`/api/transactions/${deal.id}/pay-and-compute`, { idempotencyKey: key }),
      client.post(`/api/transactions/${deal.id}/pay-and-compute`, { idempotencyKey: key }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.payment).toMatchObject({ kind: 'wallet', amountInclVatCents: price });
    expect(a.body.result.level).toBe('normal');
    expect(a.body.reportDocumentId).toBeTruthy();
    const debits = (
      await t.database.db
        .select()
        .from(walletMovements)
        .where(eq(walletMovements.organisationId, agency.organisation.id))
    ).filter((m) => m.kind === 'debit');
    expect(debits).toHaveLength(1);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${a.body.reportDocumentId}/download`,
      headers: { cookie: client.cookieHeader() },
      remoteAddress: client.ip,
    });
    expect(pdf.statusCode).toBe(200);
    const text = (await new PDFParse({ data: new Uint8Array(pdf.rawPayload) }).getText()).text;
    expect(text).toContain('VK-2026-030');
    expect(text).toMatch(/Rapport de transaction atypique/);
    // The PDF wraps lines wherever the text reaches the margin.
    expect(text).toMatch(/Ne jamais le\s+communiquer au client/);
    // Factors cite the texts in force in the report's language, never the repealed 2013 regulation.
    expect(text).toContain('loi du 18 septembre 2017, art. 67');
    expect(text).not.toMatch(/règl\.|tiret/);
    expect(text).toContain('KOPER Test');
  });

  it('never accepts an intended cash payment, whoever decides; the officer can still have it reported', async () => {
    const { agency, client, officer, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-040', seller.id, buyer.id))
    ).body;
    const url = `/api/transactions/${deal.id}`;
    await answerAll(client, url, { priceCents: 35_000_000, cashPayment: true, cashAmountCents: 500_000 });
    await creditWallet(t, agency.organisation.id, 5_000);
    const paid = (await client.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() })).body;
    expect(paid.result.level).toBe('heightened');
    expect(paid.result.factors.map((f: { code: string }) => f.code).join(',')).toMatch(/cash/);
    expect(paid.blockers).toEqual(['cash-payment']);
    expect((await client.post(`${url}/decision`, { action: 'accept' })).body.code).toBe(
      'declaration_required',
    );
    for (const who of [client, officer]) {
      const proposed = await who.post(`${url}/decision`, {
        action: 'propose',
        proposal: 'accept',
        motivation: 'Acompte en liquide annoncé ; le client a renoncé.',
      });
      expect(proposed.status).toBe(409);
      expect(proposed.body).toMatchObject({
        code: 'acceptance_blocked',
        details: [{ field: 'blockers', code: 'cash-payment' }],
      });
    }
    const declared = await client.post(`${url}/decision`, {
      action: 'declare-suspicion',
      motivation: 'Le client insiste pour payer une partie en espèces.',
    });
    expect(declared.body.status).toBe('suspicion-declared');
    const queue = (await officer.get('/api/declarations?filter=awaiting-officer')).body.items;
    expect(queue.find((i: { subjectId: string }) => i.subjectId === deal.id)).toMatchObject({
      subjectType: 'transaction',
      title: 'VK-2026-040',
      status: 'suspicion-declared',
    });
    expect((await officer.post(`${url}/decision`, { action: 'report-to-ctif' })).body.status).toBe(
      'awaiting-ctif',
    );
    await officer.post(`${url}/decision`, { action: 'record-ctif-answer', answer: 'no-objection' });
    const accept = await officer.post(`${url}/decision`, { action: 'final-decision', decision: 'accept' });
    expect(accept.body.code).toBe('acceptance_blocked');
    const refuse = await officer.post(`${url}/decision`, { action: 'final-decision', decision: 'refuse' });
    expect(refuse.body.status).toBe('refused');
  });

  it('audits saved answers and the computation through the one case pipeline, like a risk profile', async () => {
    const { agency, client, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-050', seller.id, buyer.id))
    ).body;
    await answerAll(client, `/api/transactions/${deal.id}`, { priceCents: 35_000_000, cashPayment: false });
    await creditWallet(t, agency.organisation.id, 5_000);
    await client.post(`/api/transactions/${deal.id}/pay-and-compute`, { idempotencyKey: randomUUID() });
    const events = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, deal.id));
    const actions = events.map((e) => e.action);
    expect(actions).toContain('transaction.answers_saved');
    expect(events.find((e) => e.action === 'transaction.computed')?.payload).toMatchObject({
      level: 'normal',
      payment: 'wallet',
      amountInclVatCents: price,
      questionnaireVersion: 1,
    });
    const unknown = await client.request('PUT', `/api/transactions/${deal.id}/answers`, {
      answers: { cashPayment: true },
    });
    expect(unknown.status).toBe(409);
  });

  it('lets exactly as many of 50 parallel payments through as the wallet affords', async () => {
    const { agency, client } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const [row] = await t.database.db
        .insert(transactions)
        .values({
          organisationId: agency.organisation.id,
          reference: `BULK-${i}`,
          type: 'sale',
          propertyAddress: address,
          priceCents: 20_000_000,
          searchText: `bulk-${i}`,
          questionnaireId: 'transaction',
          questionnaireVersion: 1,
          answers: {},
          decision: { status: 'draft' },
          status: 'draft',
        })
        .returning();
      ids.push(row!.id);
    }
    const answers = await answerAll(client, `/api/transactions/${ids[0]}`, { priceCents: 20_000_000 });
    await Promise.all(
      ids.slice(1).map((id) => client.request('PUT', `/api/transactions/${id}/answers`, { answers })),
    );
    await creditWallet(t, agency.organisation.id, price * 7 + 100);
    const results = await Promise.all(
      ids.map((id) =>
        client.post(`/api/transactions/${id}/pay-and-compute`, { idempotencyKey: randomUUID() }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(7);
    expect(results.filter((r) => r.status === 402)).toHaveLength(43);
    const movements = await t.database.db
      .select()
      .from(walletMovements)
      .where(eq(walletMovements.organisationId, agency.organisation.id));
    const balance = movements.reduce((sum, m) => sum + m.amountInclVatCents, 0);
    expect(balance).toBe(100);
    expect(movements.every((m) => m.balanceAfterCents >= 0)).toBe(true);
    const paid = await t.database.db
      .select()
      .from(transactions)
      .where(eq(transactions.organisationId, agency.organisation.id));
    expect(paid.filter((p) => p.paidAt !== null)).toHaveLength(7);
    // 100 requests, each answer save and payment audited on the organisation's one hash chain (serialised
    // by its advisory lock): longer than the default on a loaded machine.
  }, 120_000);
});
