import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type TFakeMolliePayment = {
  id: string;
  status: string;
  amount: { currency: string; value: string };
  body: unknown;
};

export const fakeMollieApiKey = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : null;
}

/**
 * A local stand-in for Mollie's Payments API v2 (create and get a payment), answering with the shapes of
 * its documented responses; the test sets a payment's status as the payer would by paying.
 */
export async function startFakeMollie() {
  const payments = new Map<string, TFakeMolliePayment>();
  const requests: { method: string; url: string; authorization: string | undefined; body: unknown }[] = [];
  const server = createServer(async (request, response) => {
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
    if (request.headers.authorization !== `Bearer ${fakeMollieApiKey}`) {
      return send(401, {
        status: 401,
        title: 'Unauthorized Request',
        detail: 'Missing authentication, or failed to authenticate',
      });
    }
    if (request.method === 'POST' && request.url === '/v2/payments') {
      const input = body as { amount: { currency: string; value: string } };
      const id = `tr_${payments.size + 1}WvBdQpKmV`;
      payments.set(id, { id, status: 'open', amount: input.amount, body });
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
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`,
    payments,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
