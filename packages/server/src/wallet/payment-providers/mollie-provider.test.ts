import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeMollieApiKey, startFakeMollie } from '../../../test/fake-mollie.ts';
import { MolliePaymentProvider } from './mollie-provider.ts';
import { PaymentProviderError } from './payment-provider.ts';

let fake: Awaited<ReturnType<typeof startFakeMollie>>;
let apiUrl: string;
beforeAll(async () => {
  fake = await startFakeMollie();
  apiUrl = fake.apiUrl;
});
afterAll(() => fake.close());
const payments = { get: (id: string) => fake.payments.get(id) };
const requests = { at: (i: number) => fake.requests.at(i) };

const provider = () => new MolliePaymentProvider({ apiUrl, apiKey: fakeMollieApiKey });
const input = {
  amountCents: 12_345,
  description: 'Vigilo wallet top-up',
  redirectUrl: 'https://vigilo.example.be/wallet?payment=p1',
  webhookUrl: 'https://vigilo.example.be/api/payments/webhook/mollie',
  metadata: { paymentId: 'p1', organisationId: 'o1' },
};

describe('MolliePaymentProvider', () => {
  it('creates a Bancontact payment with the amount as a decimal string and returns the checkout URL', async () => {
    const created = await provider().createPayment(input);
    expect(created).toEqual({
      externalId: 'tr_1WvBdQpKmV',
      status: 'open',
      amountCents: 12_345,
      checkoutUrl: 'https://www.mollie.com/checkout/select-method/tr_1WvBdQpKmV',
    });
    expect(requests.at(-1)).toMatchObject({
      method: 'POST',
      url: '/v2/payments',
      body: {
        amount: { currency: 'EUR', value: '123.45' },
        method: 'bancontact',
        redirectUrl: input.redirectUrl,
        webhookUrl: input.webhookUrl,
        metadata: input.metadata,
      },
    });
  });

  it('fetches the status, mapping Mollie statuses onto ours', async () => {
    const created = await provider().createPayment(input);
    const fake = payments.get(created.externalId)!;
    for (const [mollie, ours] of [
      ['pending', 'open'],
      ['authorized', 'open'],
      ['paid', 'paid'],
      ['failed', 'failed'],
      ['canceled', 'canceled'],
      ['expired', 'expired'],
    ]) {
      fake.status = mollie!;
      expect((await provider().getPayment(created.externalId)).status).toBe(ours);
    }
  });

  it('reports errors and refuses ids that are not Mollie payment ids', async () => {
    await expect(provider().getPayment('tr_doesnotexist')).rejects.toMatchObject({ status: 404 });
    await expect(provider().getPayment('../customers')).rejects.toBeInstanceOf(PaymentProviderError);
    const wrongKey = new MolliePaymentProvider({ apiUrl, apiKey: 'test_wrong' });
    await expect(wrongKey.createPayment(input)).rejects.toThrow(/401/);
    const unreachable = new MolliePaymentProvider({
      apiUrl: 'http://127.0.0.1:9/v2',
      apiKey: 'x',
      timeoutMs: 2000,
    });
    await expect(unreachable.getPayment('tr_1')).rejects.toThrow(/unreachable/);
  });
});
