import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MolliePaymentProvider } from './mollie-provider.ts';
import { PaymentProviderError } from './payment-provider.ts';

/** A local stand-in for Mollie's Payments API v2, with the shapes of its documented responses. */
type TFakePayment = {
  id: string;
  status: string;
  amount: { currency: string; value: string };
  body: unknown;
};
const payments = new Map<string, TFakePayment>();
const requests: { method: string; url: string; authorization: string | undefined; body: unknown }[] = [];
let server: Server;
let apiUrl: string;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = await readJson(request);
    requests.push({
      method: request.method!,
      url: request.url!,
      authorization: request.headers.authorization,
      body,
    });
    const send = (status: number, data: unknown) => {
      response.writeHead(status, { 'content-type': 'application/hal+json' });
      response.end(JSON.stringify(data));
    };
    if (request.headers.authorization !== 'Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM') {
      return send(401, {
        status: 401,
        title: 'Unauthorized Request',
        detail: 'Missing authentication, or failed to authenticate',
      });
    }
    if (request.method === 'POST' && request.url === '/v2/payments') {
      const input = body as { amount: { currency: string; value: string } };
      const id = `tr_${payments.size + 1}WvBdQpKmV`;
      const payment = { id, status: 'open', amount: input.amount, body };
      payments.set(id, payment);
      return send(201, {
        resource: 'payment',
        id,
        mode: 'test',
        status: 'open',
        amount: input.amount,
        _links: {
          checkout: { href: `https://www.mollie.com/checkout/select-method/${id}`, type: 'text/html' },
        },
      });
    }
    const match = request.url?.match(/^\/v2\/payments\/(tr_\w+)$/);
    if (request.method === 'GET' && match) {
      const payment = payments.get(match[1]!);
      if (!payment)
        return send(404, { status: 404, title: 'Not Found', detail: 'No payment exists with token' });
      return send(200, {
        resource: 'payment',
        id: payment.id,
        status: payment.status,
        amount: payment.amount,
        _links: {},
      });
    }
    send(404, { status: 404, title: 'Not Found', detail: 'Unknown route' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const provider = () => new MolliePaymentProvider({ apiUrl, apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
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
