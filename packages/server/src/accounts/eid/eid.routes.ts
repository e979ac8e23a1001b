import { ZEidConfigResponse, ZEidStartResponse } from '@vigilo/domain/contracts/eid.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TAppContext } from '../../context.ts';
import { requireUser, setSessionCookie } from '../../http/session.plugin.ts';
import { requestMeta } from '../accounts.routes.ts';
import * as eid from './eid.service.ts';
import { createEidClient } from './eid-client.ts';

/** Holds the state a browser started with, so only that browser can finish the authentication. */
export const eidStateCookie = 'vigilo_eid_state';
const cookiePath = '/api/auth/eid';

// Per IP: these routes are public and each start stores a login state.
const startLimit = { max: 20, timeWindow: '1 minute' };

const ZCallbackQuery = z
  .object({
    state: z.string().max(512).optional(),
    code: z.string().max(4096).optional(),
    error: z.string().max(256).optional(),
  })
  .loose();

export const eidRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['eid'];
  const client = ctx.config.oidc ? createEidClient(ctx.config.oidc) : null;
  const requireClient = () => {
    if (!client) throw new AppError('eid_not_configured');
    return client;
  };

  app.get(
    '/api/auth/eid/config',
    { config: { access: 'public' }, schema: { tags, response: { 200: ZEidConfigResponse } } },
    async () => ({ enabled: client !== null }),
  );

  app.post(
    '/api/auth/eid/link/start',
    {
      config: { access: 'authenticated', rateLimit: startLimit },
      schema: { tags, response: { 200: ZEidStartResponse } },
    },
    async (request, reply) => {
      const started = await eid.startLink(ctx, requireClient(), requireUser(request), requestMeta(request));
      setStateCookie(reply, request, started.state);
      return { authorizationUrl: started.authorizationUrl };
    },
  );

  app.get(
    '/api/auth/eid/login/start',
    { config: { access: 'public', rateLimit: startLimit }, schema: { tags } },
    async (request, reply) => {
      const started = await eid.startLogin(ctx, requireClient());
      setStateCookie(reply, request, started.state);
      return reply.redirect(started.authorizationUrl, 302);
    },
  );

  app.get(
    '/api/auth/eid/callback',
    {
      config: { access: 'public', rateLimit: startLimit },
      schema: { tags, querystring: ZCallbackQuery },
    },
    async (request, reply) => {
      const eidClient = requireClient();
      const query = new URLSearchParams(request.url.split('?')[1] ?? '');
      const outcome = await eid.finishCallback(ctx, eidClient, {
        query,
        browserState: request.cookies[eidStateCookie] ?? null,
        sessionUserId: request.user?.id ?? null,
        previousSessionId: request.session?.id ?? null,
        meta: requestMeta(request),
      });
      reply.clearCookie(eidStateCookie, { path: cookiePath });
      if (outcome.session) {
        setSessionCookie(reply, request, outcome.session.token, ctx.config.sessionMaxHours);
      }
      const target = new URLSearchParams({ result: outcome.result });
      if (outcome.purpose) target.set('purpose', outcome.purpose);
      return reply.redirect(`/eid/result?${target}`, 302);
    },
  );
};

function setStateCookie(reply: FastifyReply, request: FastifyRequest, state: string) {
  reply.setCookie(eidStateCookie, state, {
    path: cookiePath,
    httpOnly: true,
    // Lax: sent on the provider's top-level redirect back to the callback, never on cross-site requests.
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: eid.loginStateMinutes * 60,
  });
}
