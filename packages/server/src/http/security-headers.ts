import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

const hsts = 'max-age=31536000; includeSubDomains';

// Helmet's headers, its middleware built once. The Fastify plugin built it again on every request (its
// CSP directives parsed each time: 2 % of a contact page's CPU; issue 21).
const helmetHeaders = helmet({
  strictTransportSecurity: false, // sent over HTTPS only, below
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // Mantine sets style attributes at run time; scripts stay strictly same-origin.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
});

/**
 * Helmet's headers on every answer, and those helmet does not decide alone. API answers carry personal
 * data: no cache may keep them (`no-store`, unless a route chose a stricter value itself). HSTS is sent
 * only over HTTPS — sent over plain HTTP it is ignored by browsers and wrongly pins a loopback or test host.
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  // Helmet 8 throws a bad option when it is built; its middleware then only sets headers and calls on.
  app.addHook('onRequest', (request, reply, done) => helmetHeaders(request.raw, reply.raw, () => done()));
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs/static/'))
      if (!String(reply.getHeader('cache-control') ?? '').includes('no-store'))
        reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', hsts);
    return payload;
  });
}
