import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { fakeMollieApiKey, startFakeMollie } from '../../test/fake-mollie.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';

let t: TTestApp;
let mollie: Awaited<ReturnType<typeof startFakeMollie>>;
beforeAll(async () => {
  mollie = await startFakeMollie();
  t = await createTestApp({
    PAYMENT_PROVIDER: 'mollie',
    MOLLIE_API_KEY: fakeMollieApiKey,
    MOLLIE_API_URL: mollie.apiUrl,
    PUBLIC_URL: 'https://vigilo.example.be',
  });
  await createSignedInUser(t);
});
afterAll(async () => {
  await t.close();
  await mollie.close();
});

function webhook(id: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/payments/webhook/mollie',
    payload: `id=${id}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('online top-up through Mollie', () => {
  it('sends the payer to Mollie, and credits once when Mollie confirms the payment', async () => {
    const agency = await createAgency(t);
    const { client } = await agency.addMember({ isManager: true, toolRole: 'collaborator' });
    const started = await client.post('/api/wallet/top-ups', {
      amountCents: 7500,
      idempotencyKey: randomUUID(),
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      provider: 'mollie',
      checkoutUrl: 'https://www.mollie.com/checkout/select-method/tr_1WvBdQpKmV',
    });
    expect(mollie.requests.at(-1)!.body).toMatchObject({
      amount: { currency: 'EUR', value: '75.00' },
      method: 'bancontact',
      redirectUrl: `https://vigilo.example.be/wallet?payment=${started.body.paymentId}`,
      webhookUrl: 'https://vigilo.example.be/api/payments/webhook/mollie',
    });
    // Mollie calls while the payment is still open: nothing to credit.
    expect((await webhook('tr_1WvBdQpKmV')).statusCode).toBe(200);
    expect((await client.get('/api/wallet')).body.balanceCents).toBe(0);
    mollie.payments.get('tr_1WvBdQpKmV')!.status = 'paid';
    expect((await webhook('tr_1WvBdQpKmV')).statusCode).toBe(200);
    expect((await webhook('tr_1WvBdQpKmV')).statusCode).toBe(200);
    const wallet = (await client.get('/api/wallet')).body;
    expect(wallet.balanceCents).toBe(7500);
    expect(wallet.movements.items[0]).toMatchObject({ product: 'top_up_online', reference: 'tr_1WvBdQpKmV' });
    // Webhooks of the test provider do not exist when Mollie is configured.
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/payments/webhook/test', payload: { id: 'x' } }))
        .statusCode,
    ).toBe(404);
  });

  it('never credits an amount that differs from the one asked for', async () => {
    const agency = await createAgency(t);
    const { client } = await agency.addMember({ isManager: true, toolRole: 'officer' });
    const started = await client.post('/api/wallet/top-ups', {
      amountCents: 5000,
      idempotencyKey: randomUUID(),
    });
    const id = started.body.checkoutUrl.split('/').at(-1);
    Object.assign(mollie.payments.get(id)!, {
      status: 'paid',
      amount: { currency: 'EUR', value: '5000.00' },
    });
    expect((await webhook(id)).statusCode).toBe(502);
    expect((await client.get('/api/wallet')).body.balanceCents).toBe(0);
  });
});
