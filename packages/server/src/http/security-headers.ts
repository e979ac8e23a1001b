import type { FastifyInstance } from 'fastify';

const hsts = 'max-age=31536000; includeSubDomains';

/**
 * Headers helmet does not decide alone. API answers carry personal data: no cache may keep them
 * (`no-store`, unless a route chose a stricter value itself). HSTS is sent only over HTTPS — sent over
 * plain HTTP it is ignored by browsers and wrongly pins a loopback or test host.
 */
export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs/static/'))
      if (!String(reply.getHeader('cache-control') ?? '').includes('no-store'))
        reply.header('cache-control', 'no-store');
    if (request.protocol === 'https') reply.header('strict-transport-security', hsts);
    return payload;
  });
}
