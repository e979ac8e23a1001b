import { createHash } from 'node:crypto';
import type { TEidResult } from '@vigilo/domain/contracts/eid.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import * as oidc from 'openid-client';
import { recordAudit } from '../../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../../context.ts';
import { findUserById, type TUser } from '../accounts.repository.ts';
import { applyEidNames, openEidSession } from '../accounts.service.ts';
import {
  deleteExpiredLoginStates,
  findIdentityOfPerson,
  findIdentityOfUser,
  insertIdentity,
  insertLoginState,
  takeLoginState,
  updateIdentity,
} from './eid.repository.ts';
import type { TEidClient } from './eid-client.ts';
import { readEidIdentity, type TEidIdentity } from './read-eid-identity.ts';

/** How long a user has to authenticate at the identity provider and come back. */
export const loginStateMinutes = 10;

export type TEidStart = { authorizationUrl: string; state: string };
type TPurpose = 'link' | 'login';
export type TEidOutcome = {
  purpose: TPurpose | null;
  result: TEidResult;
  session?: { token: string; csrfToken: string };
};

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

/** "Link my eID": prepares the state, nonce and PKCE verifier, and the provider's address to go to. */
export async function startLink(ctx: TAppContext, client: TEidClient, user: TUser, meta: TRequestMeta) {
  if (await findIdentityOfUser(ctx.db, user.id)) throw new AppError('eid_already_linked');
  const started = await startAuthentication(ctx, client, 'link', user.id);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      actorUserId: user.id,
      action: 'eid.link_started',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    }),
  );
  return started;
}

/** "Sign in with eID": the same preparation, for someone not signed in yet. */
export function startLogin(ctx: TAppContext, client: TEidClient): Promise<TEidStart> {
  return startAuthentication(ctx, client, 'login', null);
}

async function startAuthentication(
  ctx: TAppContext,
  client: TEidClient,
  purpose: TPurpose,
  userId: string | null,
): Promise<TEidStart> {
  const checks = {
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    codeVerifier: oidc.randomPKCECodeVerifier(),
  };
  let authorizationUrl: string;
  try {
    authorizationUrl = await client.buildAuthorizationUrl(checks);
  } catch {
    // The identity provider cannot be reached (discovery failed): nothing is stored.
    throw new AppError('eid_failed');
  }
  const now = new Date();
  await deleteExpiredLoginStates(ctx.db, now);
  await insertLoginState(ctx.db, {
    id: hashState(checks.state),
    purpose,
    userId,
    nonce: checks.nonce,
    codeVerifier: checks.codeVerifier,
    expiresAt: new Date(now.getTime() + loginStateMinutes * 60_000),
  });
  return { authorizationUrl, state: checks.state };
}

export type TCallbackInput = {
  /** The callback's query string, as the provider sent it. */
  query: URLSearchParams;
  /** The state this browser started with (cookie): binds the answer to the browser that asked. */
  browserState: string | null;
  sessionUserId: string | null;
  previousSessionId: string | null;
  meta: TRequestMeta;
};

/**
 * The provider's answer: the stored state decides whether it finishes a link or a sign-in. State (and
 * its expiry and browser), PKCE, nonce, ID token signature, issuer and audience are all checked before
 * anything is written; every refusal is audited with its reason.
 */
export async function finishCallback(
  ctx: TAppContext,
  client: TEidClient,
  input: TCallbackInput,
): Promise<TEidOutcome> {
  const state = input.query.get('state');
  const stored = state ? await takeLoginState(ctx.db, hashState(state)) : null;
  if (!state || !stored)
    return refuse(ctx, input.meta, null, null, 'eid_failed', { reason: 'unknown_state' });
  const { purpose, userId } = stored;
  const fail = (result: TEidResult, payload: TRefusalFacts) =>
    refuse(ctx, input.meta, purpose, userId, result, payload);
  if (stored.expiresAt.getTime() < Date.now()) return fail('eid_state_expired', { reason: 'state_expired' });
  if (input.browserState !== state) return fail('eid_failed', { reason: 'other_browser' });
  if (purpose === 'link' && input.sessionUserId !== userId) return fail('eid_failed', { reason: 'session' });

  const callbackUrl = new URL(ctx.config.oidc!.redirectUrl);
  callbackUrl.search = input.query.toString();
  let identity: TEidIdentity;
  try {
    const claims = await client.exchangeCode(callbackUrl, {
      state,
      nonce: stored.nonce,
      codeVerifier: stored.codeVerifier,
    });
    const read = readEidIdentity(claims, ctx.config.oidc!.nationalNumberClaim, ctx.config.sessionSecret);
    if (!read.ok) return fail('eid_failed', { reason: read.error });
    identity = read.identity;
  } catch (error) {
    return fail('eid_failed', { reason: 'rejected', ...describeError(error) });
  }
  return purpose === 'link'
    ? linkIdentity(ctx, identity, userId!, input.meta)
    : signIn(ctx, identity, input.previousSessionId, input.meta);
}

/** What the audit trail keeps of a refusal (`eid.link_refused` / `eid.login_failed`). */
type TRefusalFacts = { reason: string; error?: string; message?: string; linkedUserId?: string };

class Refusal extends Error {
  constructor(
    readonly result: TEidResult,
    readonly payload: TRefusalFacts,
  ) {
    super(result);
  }
}

async function linkIdentity(
  ctx: TAppContext,
  identity: TEidIdentity,
  userId: string,
  meta: TRequestMeta,
): Promise<TEidOutcome> {
  try {
    await ctx.db.transaction(async (tx) => {
      const user = await findUserById(tx, userId);
      if (user?.status !== 'active') throw new Refusal('eid_failed', { reason: 'account_not_active' });
      const own = await findIdentityOfUser(tx, userId);
      if (own) throw new Refusal('eid_already_linked', { reason: 'account_has_eid' });
      // One eID, one account (seed: "Chaque eID peut être connecté qu'à un seul compte").
      const other = await findIdentityOfPerson(tx, identity);
      if (other)
        throw new Refusal('eid_identity_taken', { reason: 'identity_taken', linkedUserId: other.userId });
      await insertIdentity(tx, {
        userId,
        issuer: identity.issuer,
        subject: identity.subject,
        nationalNumberHash: identity.nationalNumberHash,
        birthDate: identity.birthDate,
        sex: identity.sex,
      });
      const names = await applyEidNames(tx, user, identity);
      await recordAudit(tx, {
        actorUserId: userId,
        action: 'eid.linked',
        subjectType: 'account',
        subjectId: userId,
        payload: { issuer: identity.issuer, subject: identity.subject, names },
        ip: meta.ip,
      });
    });
    return { purpose: 'link', result: 'linked' };
  } catch (error) {
    if (error instanceof Refusal) return refuse(ctx, meta, 'link', userId, error.result, error.payload);
    // Two accounts linking the same eID at the same moment: the unique index lets one through.
    if (isUniqueViolation(error)) {
      return refuse(ctx, meta, 'link', userId, 'eid_identity_taken', { reason: 'identity_taken' });
    }
    throw error;
  }
}

async function signIn(
  ctx: TAppContext,
  identity: TEidIdentity,
  previousSessionId: string | null,
  meta: TRequestMeta,
): Promise<TEidOutcome> {
  const linked = await findIdentityOfPerson(ctx.db, identity);
  if (!linked) return refuse(ctx, meta, 'login', null, 'eid_not_linked', { reason: 'not_linked' });
  if (linked.nationalNumberHash !== identity.nationalNumberHash) {
    return refuse(ctx, meta, 'login', linked.userId, 'eid_failed', { reason: 'national_number_differs' });
  }
  const user = await findUserById(ctx.db, linked.userId);
  if (user?.status !== 'active') {
    return refuse(ctx, meta, 'login', linked.userId, 'eid_failed', { reason: 'account_not_active' });
  }
  const session = await ctx.db.transaction(async (tx) => {
    // The eID stays the source of the names, birth date and sex (M1b).
    const names = await applyEidNames(tx, user, identity);
    if (linked.birthDate !== identity.birthDate || linked.sex !== identity.sex) {
      await updateIdentity(tx, linked.id, { birthDate: identity.birthDate, sex: identity.sex });
    }
    const opened = await openEidSession(tx, ctx, { userId: user.id, meta, previousSessionId });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'eid.login_succeeded',
      subjectType: 'account',
      subjectId: user.id,
      payload: Object.keys(names).length ? { names } : {},
      ip: meta.ip,
    });
    return opened;
  });
  return { purpose: 'login', result: 'signed_in', session };
}

async function refuse(
  ctx: TAppContext,
  meta: TRequestMeta,
  purpose: TPurpose | null,
  userId: string | null,
  result: TEidResult,
  payload: TRefusalFacts,
): Promise<TEidOutcome> {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      actorUserId: userId,
      action: purpose === 'link' ? 'eid.link_refused' : 'eid.login_failed',
      subjectType: 'account',
      subjectId: userId,
      payload: { result, ...payload },
      ip: meta.ip,
    }),
  );
  return { purpose, result };
}

/** The library's verdict in a few words for the audit trail (never a token or a claim value). */
function describeError(error: unknown): { error: string; message?: string } {
  if (error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ResponseBodyError) {
    return { error: error.error };
  }
  // openid-client wraps the precise failure (e.g. 'JWT signature verification failed') as its cause.
  let inner = error as { code?: unknown; message?: unknown; cause?: unknown };
  while (inner.cause instanceof Error) inner = inner.cause as typeof inner;
  const code = (error as { code?: unknown }).code ?? inner.code;
  return {
    error: typeof code === 'string' ? code : 'unknown',
    message: typeof inner.message === 'string' ? inner.message.slice(0, 200) : '',
  };
}

function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}
