import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerRequestsInFlight } from './requests-in-flight.ts';

type TGate = { open: () => void; opened: Promise<void> };

function gate(): TGate {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A server on loopback whose one route waits for `release` before it answers. */
async function serverWithSlowRoute(options: { deadlineMs?: number } = {}) {
  const started = gate();
  const release = gate();
  const events: string[] = [];
  const server = Fastify({ logger: false });
  registerRequestsInFlight(server, options.deadlineMs);
  server.get('/slow', async () => {
    started.open();
    await release.opened;
    events.push('handler finished');
    return { ok: true };
  });
  await server.listen({ host: '127.0.0.1', port: 0 });
  app = server;
  const { port } = server.server.address() as AddressInfo;
  return { server, port, started, release, events };
}

/** Sends GET /slow and hangs up as soon as the handler has started: the client is gone. */
async function hangUpDuringHandler(port: number, started: TGate) {
  const client = httpRequest({ host: '127.0.0.1', port, path: '/slow' });
  client.on('error', () => {});
  client.end();
  await started.opened;
  client.destroy();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('closing the server waits for the requests in flight', () => {
  it('waits for a handler whose client has hung up before it resolves', async () => {
    const { server, port, started, release, events } = await serverWithSlowRoute();
    await hangUpDuringHandler(port, started);

    const closed = server.close().then(() => events.push('closed'));
    setTimeout(release.open, 100);
    await closed;
    app = undefined;

    expect(events).toEqual(['handler finished', 'closed']);
  });

  it('gives up at the deadline when a handler never finishes, and says so in the log', async () => {
    const { server, port, started, release, events } = await serverWithSlowRoute({ deadlineMs: 100 });
    const warnings: string[] = [];
    server.log.warn = ((message: string) => warnings.push(message)) as typeof server.log.warn;
    await hangUpDuringHandler(port, started);

    await server.close();
    app = undefined;
    events.push('closed');
    release.open();
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(events).toEqual(['closed', 'handler finished']);
    expect(warnings).toEqual(['closing with 1 request(s) still unanswered after 100 ms: GET /slow']);
  });

  it('does not wait for a request whose client hung up before its body was read (it never reaches a handler)', async () => {
    const server = Fastify({ logger: false });
    registerRequestsInFlight(server, 60_000);
    const started = gate();
    // As the session's statement does, an onRequest hook that takes a moment.
    server.addHook('onRequest', async () => {
      started.open();
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const handled: string[] = [];
    server.post('/save', async () => {
      handled.push('handler');
      return { ok: true };
    });
    await server.listen({ host: '127.0.0.1', port: 0 });
    app = server;
    const { port } = server.server.address() as AddressInfo;
    const client = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/save',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    client.on('error', () => {});
    client.end('{"name":"x"}');
    await started.opened;
    client.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));

    await server.close();
    app = undefined;

    expect(handled).toEqual([]);
  });

  it('closes at once when nothing is in flight', async () => {
    const { server, port } = await serverWithSlowRoute({ deadlineMs: 60_000 });
    const res = await fetch(`http://127.0.0.1:${port}/missing`);
    expect(res.status).toBe(404);
    await server.close();
    app = undefined;
  });
});
