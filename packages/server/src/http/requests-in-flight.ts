import type { FastifyInstance, FastifyRequest } from 'fastify';

/** How long a shutdown waits for the answers still being prepared (a load balancer's grace is longer). */
export const IN_FLIGHT_DEADLINE_MS = 10_000;

/**
 * `app.close()` waits for the connections, not for the handlers: when a client had gone away, its handler
 * still ran after close had resolved, and `vigilo serve` ended the database pool under it ("Cannot use a
 * pool after calling end on the pool"; its write rolled back, its view record was lost). This counts each
 * request from its arrival until its answer is ready, and makes close wait for the last one, up to
 * `deadlineMs`.
 */
export function registerRequestsInFlight(app: FastifyInstance, deadlineMs = IN_FLIGHT_DEADLINE_MS) {
  const pending = new Set<FastifyRequest>();
  let whenIdle: (() => void) | undefined;
  const settle = (request: FastifyRequest) => {
    if (pending.delete(request) && pending.size === 0) whenIdle?.();
  };
  app.addHook('onRequest', (request, _reply, done) => {
    pending.add(request);
    done();
  });
  // A client that hung up while the onRequest hooks ran (the session's statement) leaves a destroyed body
  // stream, which Fastify's body parser then waits on for ever: that request never reaches its handler.
  app.addHook('preParsing', (request, _reply, payload, done) => {
    if (request.raw.destroyed && hasBody(request)) settle(request);
    done(null, payload);
  });
  // The handler has produced its answer: its work is done. (A streamed answer to a client still connected
  // keeps its connection open, and close waits for connections.)
  app.addHook('onSend', (request, _reply, payload, done) => {
    settle(request);
    done(null, payload);
  });
  app.addHook('onResponse', (request, _reply, done) => {
    settle(request);
    done();
  });
  app.addHook('onClose', async () => {
    if (pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const drained = await Promise.race([
      new Promise<true>((resolve) => {
        whenIdle = () => resolve(true);
      }),
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), deadlineMs);
      }),
    ]);
    clearTimeout(timer);
    if (!drained) {
      const which = [...pending].slice(0, 5).map((r) => `${r.method} ${r.routeOptions.url ?? r.url}`);
      app.log.warn(
        `closing with ${pending.size} request(s) still unanswered after ${deadlineMs} ms: ${which.join(', ')}`,
      );
    }
  });
}

/** Fastify parses a body only when the request announces one. */
function hasBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}
