import { proposeUsername } from '@vigilo/domain/accounts/username.ts';
import type {
  TActivateRequest,
  TLoginRequest,
  TMe,
  TSignUpRequest,
} from '@vigilo/domain/contracts/accounts.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { queueMail } from '../mail/mail.service.ts';
import { accountExtrasOf } from './account-extras.ts';
import {
  countUsers,
  findUserByLogin,
  isEmailTaken,
  isUsernameTaken,
  type TUser,
} from './accounts.repository.ts';
import { users } from './accounts.schema.ts';
import { clearLoginFailures, isLoginThrottled, recordLoginFailure } from './login-throttle.ts';
import { burnPasswordCheck, hashPassword, passwordNeedsRehash, verifyPassword } from './passwords.ts';
import { createSession, deleteSession } from './sessions.repository.ts';
import { forgetUserName } from './user-names.ts';
import { codeValidityMinutes, consumeCode, issueCode } from './verification-codes.ts';

/**
 * Creates an account waiting for activation and e-mails its code. The first account of an empty
 * installation becomes the platform administrator (README, "First administrator").
 */
export async function signUp(ctx: TAppContext, input: TSignUpRequest, meta: TRequestMeta, lang: TLanguage) {
  if (input.password !== input.passwordConfirmation) {
    throw new AppError('passwords_do_not_match', { field: 'passwordConfirmation' });
  }
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    if (await isUsernameTaken(tx, input.username))
      throw new AppError('username_taken', { field: 'username' });
    if (await isEmailTaken(tx, input.email)) throw new AppError('email_taken', { field: 'email' });
    const isFirst = (await countUsers(tx)) === 0;
    const language = input.language ?? lang;
    const [user] = await tx
      .insert(users)
      .values({
        username: input.username,
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        language,
        status: 'pending_activation',
        isPlatformAdmin: isFirst,
      })
      .returning();
    const code = await issueCode(tx, ctx.config.sessionSecret, { userId: user!.id, purpose: 'activation' });
    await queueMail(tx, {
      to: user!.email,
      lang: language,
      template: 'activation',
      firstName: user!.firstName,
      vars: { code, minutes: codeValidityMinutes, url: `${ctx.config.publicUrl}/activate` },
    });
    await recordAudit(tx, {
      actorUserId: user!.id,
      action: 'account.signed_up',
      subjectType: 'account',
      subjectId: user!.id,
      payload: { username: user!.username, email: user!.email, isPlatformAdmin: isFirst },
      ip: meta.ip,
    });
    return { username: user!.username, email: user!.email };
  });
}

/** Activates an account with its e-mailed code. Wrong attempts are counted even though the call fails. */
export async function activate(ctx: TAppContext, input: TActivateRequest, meta: TRequestMeta) {
  const failure = await ctx.db.transaction(async (tx) => {
    const user = await findUserByLogin(tx, input.login);
    if (user?.status !== 'pending_activation') return 'invalid_code' as const;
    const result = await consumeCode(tx, ctx.config.sessionSecret, {
      userId: user.id,
      purpose: 'activation',
      code: input.code,
    });
    if (!result.ok) return result.error;
    await tx.update(users).set({ status: 'active', updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.activated',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    });
    return null;
  });
  if (failure) throw new AppError(failure, { field: 'code' });
}

/** Sends a fresh activation code; answers the same whether or not the account exists. */
export async function resendActivation(ctx: TAppContext, login: string, meta: TRequestMeta) {
  await ctx.db.transaction(async (tx) => {
    const user = await findUserByLogin(tx, login);
    if (user?.status !== 'pending_activation') return;
    const code = await issueCode(tx, ctx.config.sessionSecret, { userId: user.id, purpose: 'activation' });
    await queueMail(tx, {
      to: user.email,
      lang: user.language as TLanguage,
      template: 'activation',
      firstName: user.firstName,
      vars: { code, minutes: codeValidityMinutes, url: `${ctx.config.publicUrl}/activate` },
    });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.activation_resent',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    });
  });
}

/**
 * Checks the credentials and opens a new session (a fresh token at every login: session rotation).
 * Unknown login and wrong password give the same error and take the same time.
 */
export async function login(
  ctx: TAppContext,
  input: TLoginRequest,
  meta: TRequestMeta,
  previousSessionId: string | null,
) {
  // Checked before the account is even looked up: a throttled unknown login answers like a known one.
  if (isLoginThrottled(input.login, meta.ip)) throw new AppError('account_locked');
  const user = await findUserByLogin(ctx.db, input.login);
  if (!user) {
    await burnPasswordCheck(input.password);
    recordLoginFailure(input.login, meta.ip);
    await ctx.db.transaction((tx) =>
      recordAudit(tx, {
        action: 'account.login_failed',
        subjectType: 'account',
        payload: { login: input.login.slice(0, 254), reason: 'unknown' },
        ip: meta.ip,
      }),
    );
    throw new AppError('invalid_credentials');
  }
  const valid = await verifyPassword(user.passwordHash, input.password);
  if (!valid) {
    recordLoginFailure(input.login, meta.ip);
    await recordFailedLogin(ctx, user, meta);
    throw new AppError('invalid_credentials');
  }
  if (user.status !== 'active') {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, {
        actorUserId: user.id,
        action: 'account.login_failed',
        subjectType: 'account',
        subjectId: user.id,
        payload: { reason: 'not_active' },
        ip: meta.ip,
      }),
    );
    throw new AppError('account_not_active');
  }
  clearLoginFailures(input.login, meta.ip);
  // A hash with earlier parameters is replaced while the password is at hand (one lane, OWASP minimum).
  const rehashed = passwordNeedsRehash(user.passwordHash) ? await hashPassword(input.password) : null;
  return ctx.db.transaction(async (tx) => {
    if (previousSessionId) await deleteSession(tx, previousSessionId);
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, ...(rehashed ? { passwordHash: rehashed } : {}) })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, {
      userId: user.id,
      maxHours: ctx.config.sessionMaxHours,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.login_succeeded',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    });
    return { ...session, user };
  });
}

async function recordFailedLogin(ctx: TAppContext, user: TUser, meta: TRequestMeta) {
  // Counted for the record only: no hard lock, which anyone knowing a login could trigger (login-throttle.ts).
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: user.failedLoginCount + 1 })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.login_failed',
      subjectType: 'account',
      subjectId: user.id,
      payload: { reason: 'password' },
      ip: meta.ip,
    });
  });
}

export async function logout(ctx: TAppContext, user: TUser, sessionId: string, meta: TRequestMeta) {
  await ctx.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.logged_out',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    });
  });
}

/** A free username close to the one proposed from the names: "jan.peeters", then "jan.peeters2"… */
export async function suggestUsername(
  ctx: TAppContext,
  firstName: string,
  lastName: string,
): Promise<string> {
  const base = proposeUsername(firstName, lastName) || 'user';
  const padded = base.length < 3 ? `${base}.user` : base;
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? padded : `${padded.slice(0, 36)}${n}`;
    if (!(await isUsernameTaken(ctx.db, candidate))) return candidate;
  }
  return `${padded.slice(0, 30)}${Date.now() % 1_000_000}`;
}

/**
 * Opens a session for an account authenticated by eID, with the same rotation as a password login (the
 * caller audits it). The session remembers how it was opened: organisations may require eID for the tool.
 */
export async function openEidSession(
  tx: TTx,
  ctx: TAppContext,
  input: { userId: string; meta: TRequestMeta; previousSessionId: string | null },
) {
  if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
  return createSession(tx, {
    userId: input.userId,
    maxHours: ctx.config.sessionMaxHours,
    ip: input.meta.ip,
    userAgent: input.meta.userAgent,
    authMethod: 'eid',
  });
}

/** Names read from a linked eID replace the typed ones; returns what changed (for the caller's audit). */
export async function applyEidNames(
  tx: TTx,
  user: TUser,
  names: { firstName: string | null; lastName: string | null },
): Promise<Record<string, string>> {
  const changes: Record<string, string> = {};
  if (names.firstName && names.firstName !== user.firstName) changes.firstName = names.firstName;
  if (names.lastName && names.lastName !== user.lastName) changes.lastName = names.lastName;
  if (Object.keys(changes).length > 0) {
    await tx
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    forgetUserName(user.id);
  }
  return changes;
}

export async function presentMe(ctx: TAppContext, user: TUser): Promise<TMe> {
  const { eid, pendingEmail } = await accountExtrasOf(ctx.db, user.id, new Date());
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    language: user.language as TLanguage,
    isPlatformAdmin: user.isPlatformAdmin,
    pendingEmail,
    eidLinked: eid !== null,
    birthDate: eid?.birthDate ?? null,
    sex: eid?.sex ?? null,
  };
}

export {
  changePassword,
  confirmEmailChange,
  requestEmailChange,
  updateProfile,
} from './account-settings.service.ts';
