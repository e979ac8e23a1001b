import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { testProviderPayments, walletMovements } from './wallet.schema.ts';

let t: TTestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account: platform administrator
});
afterAll(() => t.close());

async function agency() {
  const a = await createAgency(t, { name: 'Immo Zénith' });
  const manager = await a.addMember({ isManager: true, toolRole: 'officer' });
  const collaborator = await a.addMember({ toolRole: 'collaborator' });
  return { ...a, manager: manager.client, collaborator: collaborator.client, managerUser: manager.user };
}

/** Tops up through the built-in test provider, as a user clicking "pay" on its checkout page. */
async function topUp(client: TestClient, amountCents: number, decision = 'paid') {
  const started = await client.post('/api/wallet/top-ups', { amountCents, idempotencyKey: randomUUID() });
  expect(started.status).toBe(201);
  const externalId = started.body.checkoutUrl.split('/').at(-1);
  const decided = await client.post(`/api/payments/test/${externalId}`, { decision });
  expect(decided.status).toBe(200);
  return { ...started.body, externalId };
}

function webhook(provider: string, id: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/payments/webhook/${provider}`,
    payload: `id=${encodeURIComponent(id)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('online top-up with the test provider', () => {
  it('refuses less than €50, then credits a paid payment exactly once, whatever the webhooks', async () => {
    const { manager } = await agency();
    const low = await manager.post('/api/wallet/top-ups', {
      amountCents: 4999,
      idempotencyKey: randomUUID(),
    });
    expect(low.status).toBe(400);
    expect(low.body).toMatchObject({ code: 'top_up_below_minimum', minimumCents: 5000 });
    expect(low.body.message.replace(/\s/g, ' ')).toContain('50,00 €');

    const key = randomUUID();
    const started = await manager.post('/api/wallet/top-ups', { amountCents: 10_000, idempotencyKey: key });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      provider: 'test',
      checkoutUrl: expect.stringMatching(/^\/payments\/test\/tst_/),
    });
    // A doubled click starts one payment.
    expect(
      (await manager.post('/api/wallet/top-ups', { amountCents: 10_000, idempotencyKey: key })).body
        .paymentId,
    ).toBe(started.body.paymentId);
    const externalId = started.body.checkoutUrl.split('/').at(-1);
    const checkout = await manager.get(`/api/payments/test/${externalId}`);
    expect(checkout.body).toMatchObject({
      amountCents: 10_000,
      status: 'open',
      redirectUrl: `/wallet?payment=${started.body.paymentId}`,
    });
    expect((await manager.get('/api/wallet')).body.balanceCents).toBe(0);

    // A forged webhook changes nothing: the provider still says "open".
    expect((await webhook('test', externalId)).statusCode).toBe(200);
    expect((await manager.get('/api/wallet')).body.balanceCents).toBe(0);

    await manager.post(`/api/payments/test/${externalId}`, { decision: 'paid' });
    for (let i = 0; i < 3; i++) expect((await webhook('test', externalId)).statusCode).toBe(200);
    const wallet = await manager.get('/api/wallet');
    expect(wallet.body.balanceCents).toBe(10_000);
    expect(wallet.body.movements.items).toHaveLength(1);
    expect(wallet.body.movements.items[0]).toMatchObject({
      kind: 'topup',
      product: 'top_up_online',
      amountInclVatCents: 10_000,
      vatCents: 0,
    });
    expect((await manager.get(`/api/wallet/top-ups/${started.body.paymentId}`)).body).toMatchObject({
      status: 'paid',
      credited: true,
    });
    // Webhooks of another provider or for unknown payments are answered without effect.
    expect((await webhook('mollie', 'tr_unknown')).statusCode).toBe(404);
    expect((await webhook('test', 'tst_unknownunknown')).statusCode).toBe(200);
  });

  it('credits nothing for a canceled payment', async () => {
    const { manager } = await agency();
    const payment = await topUp(manager, 5000, 'canceled');
    expect((await manager.get(`/api/wallet/top-ups/${payment.paymentId}`)).body).toMatchObject({
      status: 'canceled',
      credited: false,
    });
    expect((await manager.get('/api/wallet')).body.balanceCents).toBe(0);
  });
});

describe('test provider checkout ownership', () => {
  it("refuses another organisation's checkout, to members of the payer's agency alone; nothing changes", async () => {
    const payer = await agency();
    const other = await agency();
    const started = await payer.manager.post('/api/wallet/top-ups', {
      amountCents: 6000,
      idempotencyKey: randomUUID(),
    });
    expect(started.status).toBe(201);
    const externalId = started.body.checkoutUrl.split('/').at(-1);
    const checkoutRow = async () =>
      (
        await t.database.db
          .select()
          .from(testProviderPayments)
          .where(eq(testProviderPayments.externalId, externalId))
      )[0];
    const before = await checkoutRow();

    // Another organisation's manager knows the id: it does not exist for them, and deciding it changes nothing.
    const seen = await other.manager.get(`/api/payments/test/${externalId}`);
    expect(seen.status).toBe(404);
    expect(seen.body.code).toBe('not_found');
    const decided = await other.manager.post(`/api/payments/test/${externalId}`, { decision: 'paid' });
    expect(decided.status).toBe(404);
    expect(await checkoutRow()).toEqual(before);
    expect((await payer.manager.get(`/api/wallet/top-ups/${started.body.paymentId}`)).body).toMatchObject({
      status: 'open',
      credited: false,
    });
    expect((await payer.manager.get('/api/wallet')).body.balanceCents).toBe(0);
    expect((await other.manager.get('/api/wallet')).body.balanceCents).toBe(0);

    // Any member of the payer's agency may complete it (the checkout page is shared by link inside the agency).
    expect((await payer.collaborator.get(`/api/payments/test/${externalId}`)).status).toBe(200);
    expect((await payer.manager.post(`/api/payments/test/${externalId}`, { decision: 'paid' })).status).toBe(
      200,
    );
    expect((await payer.manager.get('/api/wallet')).body.balanceCents).toBe(6000);
  });
});

describe('subscriptions, movements, vouchers', () => {
  it('buys Bronze once per click; refuses collaborators and an insufficient balance with the missing amount', async () => {
    const { manager, collaborator } = await agency();
    await topUp(manager, 10_000);
    const buy = (key: string, planCode = 'bronze') =>
      manager.post('/api/wallet/subscriptions', { planCode, idempotencyKey: key });
    expect(
      (
        await collaborator.post('/api/wallet/subscriptions', {
          planCode: 'bronze',
          idempotencyKey: randomUUID(),
        })
      ).status,
    ).toBe(403);
    expect(
      (await collaborator.post('/api/wallet/top-ups', { amountCents: 5000, idempotencyKey: randomUUID() }))
        .status,
    ).toBe(403);
    const short = await buy(randomUUID());
    expect(short.status).toBe(402);
    expect(short.body).toMatchObject({ code: 'insufficient_balance', missingCents: 17_104 });
    expect(short.body.message.replace(/\s/g, ' ')).toMatch(/insuffisant.*171,04 €/);
    expect((await buy(randomUUID(), 'platinum')).body.code).toBe('unknown_plan');

    await topUp(manager, 30_000);
    const key = randomUUID();
    const bought = await buy(key);
    expect(bought.status).toBe(201);
    expect(bought.body.movement).toMatchObject({
      kind: 'subscription_purchase',
      product: 'subscription_bronze',
      amountExclVatCents: -22_400,
      vatCents: -4704,
      amountInclVatCents: -27_104,
      balanceAfterCents: 12_896,
    });
    expect((await buy(key)).body.movement.id).toBe(bought.body.movement.id);
    const subscriptions = await collaborator.get('/api/wallet/subscriptions');
    expect(subscriptions.body.subscriptions).toEqual([
      expect.objectContaining({
        planCode: 'bronze',
        includedTransactions: 20,
        usedTransactions: 0,
        isActive: true,
      }),
    ]);
    const wallet = await collaborator.get('/api/wallet');
    expect(wallet.body).toMatchObject({ balanceCents: 12_896, canSpend: false });
    expect(wallet.body.prices.transactionVigilance).toMatchObject({
      netCents: 1900,
      vatCents: 399,
      grossCents: 2299,
    });
  });

  it('50 parallel purchases over HTTP on a wallet that can afford 7: exactly 7 bought, never overdrawn', async () => {
    const { manager } = await agency();
    await topUp(manager, 7 * 27_104 + 100);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () =>
        manager.post('/api/wallet/subscriptions', { planCode: 'bronze', idempotencyKey: randomUUID() }),
      ),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(7);
    expect(responses.filter((r) => r.status === 402)).toHaveLength(43);
    const wallet = (await manager.get('/api/wallet?pageSize=100')).body;
    expect(wallet.balanceCents).toBe(100);
    // One top-up and seven purchases, each counted once.
    expect(wallet.movements.total).toBe(8);
    expect(wallet.movements.items).toHaveLength(8);
    expect(
      Math.min(...wallet.movements.items.map((m: { balanceAfterCents: number }) => m.balanceAfterCents)),
    ).toBe(100);
    expect((await manager.get('/api/wallet/subscriptions')).body.subscriptions).toHaveLength(7);
  });

  it('sorts, filters and pages the movements, exports them to CSV and serves each voucher', async () => {
    const { manager, collaborator, managerUser } = await agency();
    await topUp(manager, 50_000);
    await topUp(manager, 6000);
    await manager.post('/api/wallet/subscriptions', { planCode: 'silver', idempotencyKey: randomUUID() });
    const byAmount = await collaborator.get('/api/wallet?sort=amount&order=asc');
    expect(
      byAmount.body.movements.items.map((m: { amountInclVatCents: number }) => m.amountInclVatCents),
    ).toEqual([-53_240, 6000, 50_000]);
    expect((await collaborator.get('/api/wallet?kind=topup')).body.movements.total).toBe(2);
    expect((await collaborator.get('/api/wallet?product=subscription_silver')).body.movements.total).toBe(1);
    expect((await collaborator.get(`/api/wallet?userId=${managerUser.id}`)).body.movements.total).toBe(3);
    expect(
      (await collaborator.get('/api/wallet?minAmountCents=0&maxAmountCents=10000')).body.movements.total,
    ).toBe(1);
    expect((await collaborator.get('/api/wallet?from=2000-01-01&to=2000-12-31')).body.movements.total).toBe(
      0,
    );
    const page = await collaborator.get('/api/wallet?pageSize=2&page=2');
    expect(page.body.movements).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.movements.items).toHaveLength(1);
    // A page past the end still says how many there are.
    expect((await collaborator.get('/api/wallet?pageSize=2&page=5')).body.movements).toMatchObject({
      total: 3,
      items: [],
    });
    expect(page.body.filterOptions.products).toEqual(['subscription_silver', 'top_up_online']);
    expect(page.body.filterOptions.users).toEqual([{ id: managerUser.id, name: 'Jan Peeters' }]);
    const byUser = await collaborator.get('/api/wallet?sort=user&order=desc');
    expect(byUser.status).toBe(200);
    expect(byUser.body.movements.total).toBe(3);
    expect((await collaborator.get('/api/wallet?sort=price')).status).toBe(400);

    const csv = await collaborator.get('/api/wallet/movements.csv?kind=subscription_purchase');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const rows = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'Date;N° du bon;Mouvement;Produit;Référence;Utilisateur;Montant HTVA;TVA;Montant TVAC;Solde après',
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain(
      ";Achat d'abonnement;Abonnement Argent;silver;Jan Peeters;-440,00;-92,40;-532,40;27,60",
    );

    const voucher = await collaborator.get(
      `/api/wallet/movements/${byAmount.body.movements.items[0].id}/voucher.pdf`,
    );
    expect(voucher.status).toBe(200);
    expect(voucher.headers['content-type']).toBe('application/pdf');
    expect(String(voucher.body).startsWith('%PDF-')).toBe(true);
  });

  it('gives bank-transfer instructions with the organisation’s own valid structured communication', async () => {
    const first = await agency();
    const second = await agency();
    const a = (await first.collaborator.get('/api/wallet/transfer-instructions')).body;
    const b = (await second.collaborator.get('/api/wallet/transfer-instructions')).body;
    expect(a).toMatchObject({ beneficiaryName: 'Vigilo', iban: 'BE68 5390 0754 7034' });
    expect(a.structuredCommunication).toMatch(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/);
    expect(b.structuredCommunication).not.toBe(a.structuredCommunication);
    const digits = a.structuredCommunication.replace(/\D/g, '');
    expect(Number(digits.slice(0, 10)) % 97 || 97).toBe(Number(digits.slice(10)));
  });
});

/** A multipart/form-data body with one file, as a browser sends it. */
function multipart(filename: string, bytes: Buffer) {
  const boundary = `----vigilo${randomBytes(8).toString('hex')}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/xml\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('bank statements (CAMT.053)', () => {
  const sample = (name: string) =>
    readFileSync(new URL(`../../test/fixtures/camt053/${name}`, import.meta.url));
  const upload = (name: string, bytes = sample(name)) => {
    const { body, headers } = multipart(name, bytes);
    return admin.post('/api/admin/bank-statements', body, headers);
  };

  it('credits matched transfers once, keeps the others for assignment, refuses a malformed file whole', async () => {
    const { wallets } = await import('./wallet.schema.ts');
    const a = await agency();
    const b = await agency();
    // The organisations' structured communications are +++123/4567/89002+++ and +++000/0000/04242+++.
    await t.database.db.insert(wallets).values([
      { organisationId: a.organisation.id, number: 1_234_567_890, communicationDigits: '123456789002' },
      { organisationId: b.organisation.id, number: 42, communicationDigits: '000000004242' },
    ]);
    const balance = async (client: TestClient) => (await client.get('/api/wallet')).body.balanceCents;

    const first = await upload('statement-2025-03-10.xml');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      messageId: 'CAMT053-20250310-0001',
      alreadyImported: false,
      credits: 4,
      matched: 2,
      unmatched: 2,
      duplicates: 0,
      ignored: 2,
    });
    expect(await balance(a.collaborator)).toBe(15_000);
    expect(await balance(b.collaborator)).toBe(7550);
    const movement = (await a.collaborator.get('/api/wallet')).body.movements.items[0];
    expect(movement).toMatchObject({
      kind: 'topup',
      product: 'top_up_transfer',
      reference: '123456789002',
      userId: null,
    });

    const again = await upload('statement-2025-03-10.xml');
    expect(again.body).toMatchObject({ alreadyImported: true, matched: 0, unmatched: 0, duplicates: 4 });
    const overlapping = await upload('statement-2025-03-11.v08.xml');
    expect(overlapping.body).toMatchObject({ credits: 2, matched: 1, duplicates: 1 });
    expect(await balance(a.collaborator)).toBe(40_000);
    expect(await balance(b.collaborator)).toBe(7550);

    const countMovements = async () => (await t.database.db.select().from(walletMovements)).length;
    const before = await countMovements();
    const malformed = await upload('malformed-amount.xml');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'statement_malformed', reason: 'invalid_amount', entry: 2 });
    expect(malformed.body.message).toMatch(/rien n'a été crédité.*montant.*mouvement n° 2/);
    expect((await upload('not-a-statement.xml')).body).toMatchObject({
      code: 'statement_malformed',
      reason: 'not_camt053',
    });
    expect(await countMovements()).toBe(before);

    const unmatched = await admin.get('/api/admin/bank-statements/lines');
    const lines = unmatched.body.lines as {
      id: string;
      matchError: string;
      communication: string;
      amountCents: number;
    }[];
    // The batch entry's two details match no organisation: its whole amount waits for assignment.
    expect(lines.map((l) => [l.matchError, l.amountCents]).sort()).toEqual([
      ['batch_remainder', 16_500],
      ['invalid-communication', 2000],
    ]);
    const freeText = lines.find((l) => l.communication?.startsWith('wallet Immo'))!;
    const assign = (lineId: string) =>
      admin.post(`/api/admin/bank-statements/lines/${lineId}/assign`, {
        enterpriseNumber: a.organisation.enterpriseNumber,
      });
    const assigned = await assign(freeText.id);
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({
      status: 'assigned',
      organisationId: a.organisation.id,
      organisationName: 'Immo Zénith',
    });
    expect(await balance(a.collaborator)).toBe(42_000);
    expect((await assign(freeText.id)).status).toBe(409);
    expect((await admin.get('/api/admin/bank-statements/lines')).body.lines).toHaveLength(1);
    expect((await a.manager.get('/api/admin/bank-statements/lines')).status).toBe(403);

    // Banks' layouts: the booked amount is Ntry/Amt; a batch credits each detail of a known organisation
    // and keeps the rest for assignment; an entry without bank reference is found again on re-import.
    const kbc = await upload('kbc-2025-04-01.v04.xml');
    expect(kbc.body).toMatchObject({ credits: 3, matched: 4, unmatched: 1, duplicates: 0, ignored: 1 });
    expect(await balance(a.collaborator)).toBe(42_000 + 15_000 + 10_000);
    expect(await balance(b.collaborator)).toBe(7550 + 12_000 + 5000);
    const kbcAgain = await upload('kbc-2025-04-01.v04.xml');
    expect(kbcAgain.body).toMatchObject({ matched: 0, unmatched: 0, duplicates: 3 });
    const ing = await upload('ing-2025-04-02.v13.xml');
    expect(ing.body).toMatchObject({ credits: 3, matched: 2, unmatched: 1, ignored: 1 });
    const bnp = await upload('bnp-2025-04-03.v10.xml');
    expect(bnp.body).toMatchObject({ credits: 2, matched: 1, unmatched: 1 });
    expect(await balance(a.collaborator)).toBe(67_000 + 9990 + 20_050);
    expect(await balance(b.collaborator)).toBe(24_550 + 7550);
    const waiting = (await admin.get('/api/admin/bank-statements/lines')).body.lines as {
      matchError: string;
      amountCents: number;
      currency: string;
    }[];
    expect(waiting.map((l) => [l.matchError, l.amountCents, l.currency]).sort()).toEqual([
      ['batch_remainder', 125_000, 'EUR'],
      ['batch_remainder', 16_500, 'EUR'],
      ['batch_remainder', 8000, 'EUR'],
      ['currency', 20_000, 'USD'],
    ]);
  });
});

describe('price lists', () => {
  it('publishes a version that applies from its date; never one in the past', async () => {
    const { collaborator } = await agency();
    const base = {
      vatRateBasisPoints: 2100,
      transactionVigilanceNetCents: 2500,
      subscriptionPlans: [
        { code: 'bronze', includedTransactions: 20, netCents: 24_000 },
        { code: 'gold', includedTransactions: null, netCents: 70_000 },
      ],
      subscriptionValidityMonths: 12,
      onlineTopUpMinimumCents: 5000,
    };
    const past = await admin.post('/api/admin/prices', { ...base, effectiveFrom: '2020-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    const later = await admin.post('/api/admin/prices', {
      ...base,
      effectiveFrom: '2099-01-01T00:00:00+01:00',
    });
    expect(later.body).toMatchObject({ version: 2, isCurrent: false });
    expect((await collaborator.get('/api/wallet')).body.prices.transactionVigilance.grossCents).toBe(2299);
    const now = await admin.post('/api/admin/prices', { ...base, effectiveFrom: new Date().toISOString() });
    expect(now.body).toMatchObject({ version: 3, isCurrent: true });
    const wallet = (await collaborator.get('/api/wallet')).body;
    expect(wallet.prices).toMatchObject({ version: 3, transactionVigilance: { grossCents: 3025 } });
    expect(wallet.prices.plans.map((p: { code: string }) => p.code)).toEqual(['bronze', 'gold']);
    const versions = (await admin.get('/api/admin/prices')).body.versions;
    expect(versions.map((v: { version: number; isCurrent: boolean }) => [v.version, v.isCurrent])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    expect((await collaborator.get('/api/admin/prices')).status).toBe(403);
  });
});

describe('voucher ownership', () => {
  it('answers 404 for another organisation’s movement', async () => {
    const first = await agency();
    const second = await agency();
    await topUp(first.manager, 5000);
    const [movement] = await t.database.db
      .select()
      .from(walletMovements)
      .where(eq(walletMovements.organisationId, first.organisation.id));
    expect((await second.collaborator.get(`/api/wallet/movements/${movement!.id}/voucher.pdf`)).status).toBe(
      404,
    );
  });
});
