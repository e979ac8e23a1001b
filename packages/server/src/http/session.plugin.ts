import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { bearerToken, findKeyForToken, resolveApiKeyActor } from '../api-keys/api-key-auth.ts';
import { auditChannel } from '../audit/audit-context.ts';
import type { TConfig } from '../config.ts';
import type { TDb } from '../db/client.ts';
import { languageFromHeader } from '../i18n/i18n.ts';
import type { loadRequestAuth } from '../organisations/request-auth.ts';
import { actorOf, type TActor, type TMembershipAccess, type TOrgAccess } from './actor.ts';
import { assertOwnedBy, guardedId } from './resource-ownership.ts';

export const sessionCookie = 'vigilo_session';

/** The signed-in user's account, as the identity's session loader returns it. */
export type TSessionUser = NonNullable<Awaited<ReturnType<typeof loadRequestAuth>>>['user'];
/** A live API key, as the identity's key finder returns it. */
type TRequestApiKey = NonNullable<Awaited<ReturnType<typeof findKeyForToken>>>;
export type TRequestSession = {
  id: string;
  csrfToken: string;
  activeOrganisationId: string | null;
  authMethod: 'password' | 'eid';
};

/**
 * What a route needs before its handler runs. Every route declares one in `config.access`; a route that
 * declares nothing is refused at start-up (see app.ts), so no endpoint is unguarded by accident.
 */
export type TAccess = 'public' | 'authenticated' | 'platformAdmin' | TOrgAccess;

export const orgAccess = new Set<TAccess>(['orgMember', 'orgManager', 'toolUser', 'officer']);

declare module 'fastify' {
  interface FastifyRequest {
    user: TSessionUser | null;
    session: TRequestSession | null;
    actor: TActor | null;
    /** Set when the request presents `Authorization: Bearer`: the live key, or null for a bad token. */
    apiKey: TRequestApiKey | null | undefined;
  }
  interface FastifyContextConfig {
    access?: TAccess;
  }
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** What the session's statement loaded beyond the session: checked in preValidation, in the same order. */
type TLoadedAccess = { membership: TMembershipAccess | null; owners: ReadonlyMap<string, string | null> };
const loadedAccess = new WeakMap<FastifyRequest, TLoadedAccess>();

/**
 * Who a request is: the organisations module loads a cookie session with its membership, the api-keys
 * module a bearer key. app.ts hands them to the plugin, so the HTTP layer depends on no feature module.
 */
export type TRequestIdentity = {
  loadRequestAuth: typeof loadRequestAuth;
  bearerToken: typeof bearerToken;
  findKeyForToken: typeof findKeyForToken;
  resolveApiKeyActor: typeof resolveApiKeyActor;
};

/** Resolves the session and language once per request, then enforces the route's access and CSRF. */
export const sessionPlugin = fp(
  async (app: FastifyInstance, opts: { db: TDb; config: TConfig; identity: TRequestIdentity }) => {
    const { loadRequestAuth, bearerToken, findKeyForToken, resolveApiKeyActor } = opts.identity;
    app.decorateRequest('user', null);
    app.decorateRequest('session', null);
    app.decorateRequest('actor', null);
    app.decorateRequest('lang', 'fr');
    app.decorateRequest('apiKey', undefined);

    // Callback style on purpose: the audit channel's store must enclose the rest of the request.
    app.addHook('onRequest', (_request, _reply, done) => auditChannel.run({}, done));

    app.addHook('onRequest', async (request) => {
      request.lang = languageFromHeader(request.headers['accept-language']) ?? 'fr';
      // A key stands alone: a request that presents one is never also a cookie session (and needs no CSRF).
      const bearer = bearerToken(request.headers.authorization);
      if (bearer !== null) {
        request.apiKey = await findKeyForToken(opts.db, bearer);
        return;
      }
      const token = request.cookies[sessionCookie];
      if (!token) return;
      // An organisation route's guarded ids are checked in the statement that loads the session.
      const guarded = new Map<string, string>();
      if (orgAccess.has(request.routeOptions.config.access ?? 'public')) {
        for (const [name, value] of Object.entries((request.params ?? {}) as Record<string, string>)) {
          const id = guardedId(name, value);
          if (id !== null) guarded.set(name, id);
        }
      }
      const live = await loadRequestAuth(opts.db, token, opts.config.sessionIdleMinutes, guarded);
      if (!live) return;
      request.user = live.user;
      request.session = {
        id: live.session.id,
        csrfToken: live.session.csrfToken,
        activeOrganisationId: live.session.activeOrganisationId,
        authMethod: live.session.authMethod,
      };
      request.lang = live.user.language as TLanguage;
      loadedAccess.set(request, { membership: live.membership, owners: live.owners });
    });

    // preValidation: who may call a route is decided before its input is even looked at.
    app.addHook('preValidation', async (request) => {
      const access = request.routeOptions.config.access;
      if (!access || access === 'public') return;
      if (request.apiKey !== undefined) {
        const keyAccess = orgAccess.has(access) ? (access as TOrgAccess) : null;
        request.actor = await resolveApiKeyActor(opts.db, request, request.apiKey, keyAccess);
        await assertOwnedBy(opts.db, request.params as Record<string, string>, request.actor.organisationId);
        return;
      }
      if (!request.user || !request.session) throw new AppError('unauthenticated');
      if (mutating.has(request.method) && request.headers['x-csrf-token'] !== request.session.csrfToken) {
        throw new AppError('csrf_failed');
      }
      if (access === 'platformAdmin' && !request.user.isPlatformAdmin) throw new AppError('forbidden');
      if (!orgAccess.has(access)) return;
      const loaded = loadedAccess.get(request);
      request.actor = actorOf(
        request,
        loaded?.membership ?? null,
        access as TOrgAccess,
        opts.config.oidc !== null,
      );
      await assertOwnedBy(
        opts.db,
        request.params as Record<string, string>,
        request.actor.organisationId,
        loaded?.owners,
      );
    });
  },
);

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  maxHours: number,
) {
  reply.setCookie(sessionCookie, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: maxHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookie, { path: '/' });
}

/** The actor of a route that declared an organisation-level access. */
export function requireActor(request: FastifyRequest): TActor {
  if (!request.actor) throw new AppError('no_active_organisation');
  return request.actor;
}

/** The signed-in user of a route that declared `authenticated` or stricter. */
export function requireUser(request: FastifyRequest): TSessionUser {
  if (!request.user) throw new AppError('unauthenticated');
  return request.user;
}
