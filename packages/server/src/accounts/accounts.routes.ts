import {
  ZActivateRequest,
  ZChangeEmailRequest,
  ZChangePasswordRequest,
  ZConfirmEmailRequest,
  ZLoginRequest,
  ZMe,
  ZResendActivationRequest,
  ZSessionResponse,
  ZSignUpRequest,
  ZSignUpResponse,
  ZUpdateProfileRequest,
  ZUsernameSuggestionQuery,
  ZUsernameSuggestionResponse,
} from '@vigilo/domain/contracts/accounts.ts';
import { ZOk } from '@vigilo/domain/contracts/common.ts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { TAppContext, TRequestMeta } from '../context.ts';
import { clearSessionCookie, requireUser, setSessionCookie } from '../http/session.plugin.ts';
import * as accounts from './accounts.service.ts';

const ok = { ok: true as const };

// Per IP, on top of the per-account lock-out and code-attempt limits kept in the database.
const strictLimit = { max: 10, timeWindow: '1 minute' };

export function requestMeta(request: FastifyRequest): TRequestMeta {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

// Long because it is a route table: one short registration per endpoint, each delegating to a service.
export const accountsRoutes: FastifyPluginAsyncZod<{ ctx: TAppContext }> = async (app, { ctx }) => {
  const tags = ['accounts'];

  app.get(
    '/api/auth/session',
    { config: { access: 'public' }, schema: { tags, response: { 200: ZSessionResponse } } },
    async (request) => ({
      user: request.user ? await accounts.presentMe(ctx, request.user) : null,
      csrfToken: request.session?.csrfToken ?? null,
      activeOrganisationId: request.session?.activeOrganisationId ?? null,
    }),
  );

  app.get(
    '/api/accounts/username-suggestion',
    {
      config: { access: 'public' },
      schema: { tags, querystring: ZUsernameSuggestionQuery, response: { 200: ZUsernameSuggestionResponse } },
    },
    async (request) => ({
      username: await accounts.suggestUsername(ctx, request.query.firstName, request.query.lastName),
    }),
  );

  app.post(
    '/api/accounts/sign-up',
    {
      config: { access: 'public', rateLimit: strictLimit },
      schema: { tags, body: ZSignUpRequest, response: { 201: ZSignUpResponse } },
    },
    async (request, reply) => {
      const created = await accounts.signUp(ctx, request.body, requestMeta(request), request.lang);
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/api/accounts/activate',
    {
      config: { access: 'public', rateLimit: strictLimit },
      schema: { tags, body: ZActivateRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await accounts.activate(ctx, request.body, requestMeta(request));
      return ok;
    },
  );

  app.post(
    '/api/accounts/resend-activation',
    {
      config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
      schema: { tags, body: ZResendActivationRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await accounts.resendActivation(ctx, request.body.login, requestMeta(request));
      return ok;
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: strictLimit },
      schema: { tags, body: ZLoginRequest, response: { 200: ZSessionResponse } },
    },
    async (request, reply) => {
      const session = await accounts.login(
        ctx,
        request.body,
        requestMeta(request),
        request.session?.id ?? null,
      );
      setSessionCookie(reply, request, session.token, ctx.config.sessionMaxHours);
      return {
        user: await accounts.presentMe(ctx, session.user),
        csrfToken: session.csrfToken,
        activeOrganisationId: null,
      };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: ZOk } } },
    async (request, reply) => {
      await accounts.logout(ctx, requireUser(request), request.session!.id, requestMeta(request));
      clearSessionCookie(reply);
      return ok;
    },
  );

  app.get(
    '/api/accounts/me',
    { config: { access: 'authenticated' }, schema: { tags, response: { 200: ZMe } } },
    async (request) => accounts.presentMe(ctx, requireUser(request)),
  );

  app.patch(
    '/api/accounts/me',
    {
      config: { access: 'authenticated' },
      schema: { tags, body: ZUpdateProfileRequest, response: { 200: ZMe } },
    },
    async (request) => {
      const updated = await accounts.updateProfile(
        ctx,
        requireUser(request),
        request.body,
        requestMeta(request),
      );
      return accounts.presentMe(ctx, updated);
    },
  );

  app.post(
    '/api/accounts/me/password',
    {
      config: { access: 'authenticated', rateLimit: strictLimit },
      schema: { tags, body: ZChangePasswordRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await accounts.changePassword(
        ctx,
        requireUser(request),
        request.session!.id,
        request.body,
        requestMeta(request),
      );
      return ok;
    },
  );

  app.post(
    '/api/accounts/me/email',
    {
      config: { access: 'authenticated', rateLimit: strictLimit },
      schema: { tags, body: ZChangeEmailRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await accounts.requestEmailChange(ctx, requireUser(request), request.body, requestMeta(request));
      return ok;
    },
  );

  app.post(
    '/api/accounts/me/email/confirm',
    {
      config: { access: 'authenticated', rateLimit: strictLimit },
      schema: { tags, body: ZConfirmEmailRequest, response: { 200: ZOk } },
    },
    async (request) => {
      await accounts.confirmEmailChange(ctx, requireUser(request), request.body.code, requestMeta(request));
      return ok;
    },
  );
};
