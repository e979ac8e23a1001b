import { randomUUID } from 'node:crypto';
import type { TTransactionListQuery } from '@vigilo/domain/contracts/transactions.ts';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { walletMovements } from '../wallet/wallet.schema.ts';
import { findTransactionPage } from './transaction-list.ts';
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

/** Today and nearby days in Brussels, as the server sees them. */
const brusselsDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );

function rentalInput(reference: string, landlordId: string, tenantId: string, rentCents = 1_200_000) {
  return {
    reference,
    type: 'rental_high_value',
    propertyAddress: address,
    priceCents: rentCents,
    parties: [
      { contactId: landlordId, role: 'client', side: 'landlord' },
      { contactId: tenantId, role: 'counterparty', side: 'tenant' },
    ],
  };
}

describe('rentals of €10,000 or more a month (issue 14, item 11)', () => {
  it('refuses a rent below €10,000 a month and a rental without landlord and tenant, writing nothing', async () => {
    const { client, buyer, seller } = await setup();
    const before = await tableCounts(t.database.db);
    const low = await client.post('/api/transactions', rentalInput('HUUR-001', seller.id, buyer.id, 999_999));
    expect(low.status).toBe(400);
    expect(low.body.details).toEqual([
      expect.objectContaining({ field: 'priceCents', code: 'rent_below_threshold' }),
    ]);
    expect(low.body.details[0].message).toMatch(/10[\s\u202f.,]?000/);
    const noSides = await client.post('/api/transactions', {
      ...rentalInput('HUUR-002', seller.id, buyer.id),
      parties: [
        { contactId: seller.id, role: 'client', side: 'landlord' },
        { contactId: buyer.id, role: 'counterparty' },
      ],
    });
    expect(noSides.body.details).toEqual([
      expect.objectContaining({ field: 'parties.1.side', code: 'party_side_required' }),
    ]);
    const twoLandlords = await client.post('/api/transactions', {
      ...rentalInput('HUUR-003', seller.id, buyer.id),
      parties: [
        { contactId: seller.id, role: 'client', side: 'landlord' },
        { contactId: buyer.id, role: 'counterparty', side: 'landlord' },
      ],
    });
    expect(twoLandlords.body.details).toEqual([
      expect.objectContaining({ field: 'parties', code: 'rental_sides_missing' }),
    ]);
    const saleWithTenant = await client.post('/api/transactions', {
      ...transactionInput('VK-2026-900', seller.id, buyer.id),
      parties: [
        { contactId: seller.id, role: 'client', side: 'seller' },
        { contactId: buyer.id, role: 'counterparty', side: 'tenant' },
      ],
    });
    expect(saleWithTenant.body.details).toEqual([
      expect.objectContaining({ field: 'parties.1.side', code: 'party_side_not_allowed' }),
    ]);
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it('asks the rental questionnaire, computes it and keeps the cash hard stop', async () => {
    const { agency, client, officer, buyer, seller } = await setup();
    const created = await client.post('/api/transactions', rentalInput('HUUR-010', seller.id, buyer.id));
    expect(created.status).toBe(201);
    expect(created.body.parties.map((p: { side: string }) => p.side).sort()).toEqual(['landlord', 'tenant']);
    const ids = created.body.questions.map((q: { id: string }) => q.id);
    expect(ids).toContain('rentPaidInAdvance');
    expect(ids).not.toContain('sellerAcquiredRecently');
    expect(created.body.questions.find((q: { id: string }) => q.id === 'priceCents').labelKey).toBe(
      'risk.rentalQ.priceCents.label',
    );
    const url = `/api/transactions/${created.body.id}`;
    await answerAll(client, url, {
      priceCents: 1_200_000,
      valuationKnown: false,
      cashPayment: true,
      rentPaidInAdvance: true,
    });
    await creditWallet(t, agency.organisation.id, 5_000);
    const paid = (await client.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() })).body;
    expect(paid.result).toMatchObject({ level: 'heightened', questionnaireId: 'transaction-rental' });
    expect(paid.result.factors.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['cash-payment', 'rent-paid-in-advance']),
    );
    expect(paid.blockers).toEqual(['cash-payment']);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/documents/${paid.reportDocumentId}/download`,
      headers: { cookie: client.cookieHeader() },
      remoteAddress: client.ip,
    });
    const text = (await new PDFParse({ data: new Uint8Array(pdf.rawPayload) }).getText()).text;
    expect(text).toMatch(/Loyer mensuel/);
    expect(text).toMatch(/Bailleur/);
    expect(text).toMatch(/Locataire/);
    const proposed = await officer.post(`${url}/decision`, {
      action: 'propose',
      proposal: 'accept',
      motivation: 'Le locataire paiera finalement par virement.',
    });
    expect(proposed.body.code).toBe('acceptance_blocked');
  });

  it('refuses to compute a rental whose rent was lowered below the threshold in the answers', async () => {
    const { agency, client, buyer, seller } = await setup();
    const created = (await client.post('/api/transactions', rentalInput('HUUR-020', seller.id, buyer.id)))
      .body;
    const url = `/api/transactions/${created.id}`;
    await answerAll(client, url, { priceCents: 900_000, cashPayment: false });
    await creditWallet(t, agency.organisation.id, 5_000);
    const res = await client.post(`${url}/pay-and-compute`, { idempotencyKey: randomUUID() });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toMatchObject({ field: 'answers.priceCents', code: 'rent_below_threshold' });
    expect((await client.get(url)).body).toMatchObject({ status: 'draft', payment: null });
  });
});

describe('when identification happened (issue 14, item 10)', () => {
  it('records the agreement dates, shows a late identification and tells the officer once', async () => {
    const { client, officer, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-100', seller.id, buyer.id))
    ).body;
    expect(deal).toMatchObject({
      brokerageAgreementDate: null,
      agreementDate: null,
      lateIdentifications: [],
    });
    const today = brusselsDay();
    expect(deal.parties.every((p: { identifiedOn: string }) => p.identifiedOn === today)).toBe(true);
    const url = `/api/transactions/${deal.id}/dates`;

    // The agreement is signed today, after both were identified today: in time.
    const inTime = await client.request('PUT', url, { brokerageAgreementDate: today, agreementDate: today });
    expect(inTime.status).toBe(200);
    expect(inTime.body.lateIdentifications).toEqual([]);

    // The brokerage agreement was in fact signed three days ago: the client (the seller) was identified late.
    const late = await client.request('PUT', url, {
      brokerageAgreementDate: brusselsDay(-3),
      agreementDate: today,
    });
    expect(late.body.lateIdentifications).toEqual([
      {
        contactId: seller.id,
        displayName: 'VERKOPER Test',
        role: 'client',
        identifiedOn: today,
        deadline: 'brokerage-agreement',
        deadlineDate: brusselsDay(-3),
        daysLate: 3,
      },
    ]);
    const lateNotices = async () =>
      (await officer.get('/api/notifications')).body.items.filter(
        (n: { kind: string; subjectId: string }) =>
          n.kind === 'late_identification' && n.subjectId === deal.id,
      );
    expect(await lateNotices()).toHaveLength(1);
    const mails = await t.database.db.select().from(mailOutbox);
    expect(
      mails.some((m) => JSON.stringify(m).includes('VK-2026-100') && /VERKOPER Test/.test(JSON.stringify(m))),
    ).toBe(true);
    // Saving the same dates again tells nobody twice.
    await client.request('PUT', url, { brokerageAgreementDate: brusselsDay(-3), agreementDate: today });
    expect(await lateNotices()).toHaveLength(1);
    const audited = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, deal.id));
    expect(audited.filter((e) => e.action === 'transaction.dates_recorded')).toHaveLength(2);
  });

  it('refuses dates in the future and an agreement before the brokerage agreement', async () => {
    const { client, buyer, seller } = await setup();
    const deal = (
      await client.post('/api/transactions', transactionInput('VK-2026-110', seller.id, buyer.id))
    ).body;
    const url = `/api/transactions/${deal.id}/dates`;
    const future = await client.request('PUT', url, {
      brokerageAgreementDate: brusselsDay(2),
      agreementDate: null,
    });
    expect(future.status).toBe(400);
    expect(future.body.details[0]).toMatchObject({ field: 'brokerageAgreementDate', code: 'date_in_future' });
    const reversed = await client.request('PUT', url, {
      brokerageAgreementDate: brusselsDay(-1),
      agreementDate: brusselsDay(-5),
    });
    expect(reversed.body.details[0]).toMatchObject({
      field: 'agreementDate',
      code: 'agreement_before_brokerage',
    });
    expect((await client.get(`/api/transactions/${deal.id}`)).body.brokerageAgreementDate).toBeNull();
  });

  it('takes the dates at creation and tells the officer of a counterparty identified after the sale agreement', async () => {
    const { client, officer, buyer, seller } = await setup();
    const created = await client.post('/api/transactions', {
      ...transactionInput('VK-2026-120', seller.id, buyer.id),
      brokerageAgreementDate: brusselsDay(-30),
      agreementDate: brusselsDay(-1),
    });
    expect(created.status).toBe(201);
    expect(created.body.lateIdentifications.map((l: { role: string }) => l.role).sort()).toEqual([
      'client',
      'counterparty',
    ]);
    const notices = (await officer.get('/api/notifications')).body.items.filter(
      (n: { kind: string; subjectId: string }) =>
        n.kind === 'late_identification' && n.subjectId === created.body.id,
    );
    expect(notices).toHaveLength(1);
  });
});

describe('the Transactions list (issue 21: prepared once per combination of filters)', () => {
  it('filters, sorts, pages and counts in SQL, naming parties and authors, and reuses its statements with other values', async () => {
    const { agency, client, officer, buyer, seller } = await setup();
    const buyer2 = await acceptedContact(client, 'Huurder', 'buyer');
    const seller2 = await acceptedContact(client, 'Eigenaar', 'seller');
    await client.post('/api/transactions', transactionInput('VK-LIST-A', seller.id, buyer.id));
    await client.post('/api/transactions', transactionInput('VK-LIST-B', seller2.id, buyer2.id));
    const list = async (query: string) => (await officer.get(`/api/transactions${query}`)).body;

    const all = await list('?sort=reference');
    expect(all.total).toBe(2);
    expect(all.items.map((i: { reference: string }) => i.reference)).toEqual(['VK-LIST-A', 'VK-LIST-B']);
    expect(all.items[1].partyNames.sort()).toEqual(['EIGENAAR Test', 'HUURDER Test']);
    expect(all.items[0].createdByName).toEqual(expect.any(String));
    expect(await list('?sort=-reference&pageSize=1&page=2')).toMatchObject({
      total: 2,
      items: [{ reference: 'VK-LIST-A' }],
    });
    // A page past the end still says how many there are.
    expect(await list('?pageSize=1&page=9')).toMatchObject({ total: 2, items: [] });
    expect(await list('?q=eigenaar')).toMatchObject({ total: 1, items: [{ reference: 'VK-LIST-B' }] });
    expect(await list('?q=verkoper')).toMatchObject({ total: 1, items: [{ reference: 'VK-LIST-A' }] });
    expect((await list('?q=zzqx')).total).toBe(0);
    expect((await list('?status=accepted')).total).toBe(0);
    expect((await list(`?createdBy=${randomUUID()}`)).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`?createdFrom=${today}&createdTo=${today}`)).total).toBe(2);
    expect((await list('?createdTo=2000-01-01')).total).toBe(0);
    // Another agency's list shows none of them.
    const other = await createAgency(t);
    const stranger = await other.addMember({ toolRole: 'officer' });
    expect((await stranger.client.get('/api/transactions')).body.total).toBe(0);
    expect(agency.organisation.id).not.toBe(other.organisation.id);
  });

  it('counts matches up to the cap and says when there are more, with the same page', async () => {
    const { agency, client, officer, buyer, seller } = await setup();
    // A contact's accepted version serves one transaction: each gets its own parties.
    const pairs = [[seller, buyer]];
    for (const n of [2, 3])
      pairs.push([
        await acceptedContact(client, `Verkoper${n}`, 'seller'),
        await acceptedContact(client, `Koper${n}`, 'buyer'),
      ]);
    for (const [i, [clientParty, counterparty]] of pairs.entries()) {
      const reference = `VK-CAP-${'ABC'[i]}`;
      const created = await client.post(
        '/api/transactions',
        transactionInput(reference, clientParty.id, counterparty.id),
      );
      expect(created.status).toBe(201);
    }
    const all = (await officer.get('/api/transactions?sort=reference&pageSize=2')).body;
    expect(all).toMatchObject({ total: 3, totalCapped: false });
    const page = (query: Partial<TTransactionListQuery>, cap: number) =>
      findTransactionPage(
        t.database.db,
        agency.organisation.id,
        { sort: 'reference', page: 1, pageSize: 2, ...query },
        cap,
      );
    const capped = await page({}, 2);
    expect(capped).toMatchObject({ total: 2, totalCapped: true });
    expect(capped.rows.map((r) => r.id)).toEqual(all.items.map((i: { id: string }) => i.id));
    expect(await page({}, 3)).toMatchObject({ total: 3, totalCapped: false });
    // Words and a page past the end: the count still stops at the cap.
    expect(await page({ q: 'vk-cap' }, 2)).toMatchObject({ total: 2, totalCapped: true });
    expect(await page({ q: 'zzqx' }, 2)).toMatchObject({ total: 0, totalCapped: false, rows: [] });
    expect(await page({ page: 9 }, 2)).toMatchObject({ total: 2, totalCapped: true, rows: [] });
    expect(await page({ page: 9 }, 3)).toMatchObject({ total: 3, totalCapped: false, rows: [] });
  });
});
