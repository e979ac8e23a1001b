// What a signed-in person changes on their own account: password, e-mail address (confirmed by code) and
// names/language (split from accounts.service.ts, issue 19).
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import { queueMail } from '../mail/mail.service.ts';
import { isEmailTaken, type TUser } from './accounts.repository.ts';
import { users } from './accounts.schema.ts';
import { findEidProfile } from './eid/eid-profile.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { deleteOtherSessions } from './sessions.repository.ts';
import { forgetUserName } from './user-names.ts';
import { codeValidityMinutes, consumeCode, issueCode } from './verification-codes.ts';

/** Changes the password after checking the current one; every other session of the account is closed. */
export async function changePassword(
  ctx: TAppContext,
  user: TUser,
  sessionId: string,
  input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string },
  meta: TRequestMeta,
) {
  if (input.newPassword !== input.newPasswordConfirmation) {
    throw new AppError('passwords_do_not_match', { field: 'newPasswordConfirmation' });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_current_password', { field: 'currentPassword' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, user.id));
    await deleteOtherSessions(tx, user.id, sessionId);
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.password_changed',
      subjectType: 'account',
      subjectId: user.id,
      ip: meta.ip,
    });
  });
}

/** Sends a code to the new address; the address changes only once that code is entered. */
export async function requestEmailChange(
  ctx: TAppContext,
  user: TUser,
  input: { newEmail: string; password: string },
  meta: TRequestMeta,
) {
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError('wrong_current_password', { field: 'password' });
  }
  await ctx.db.transaction(async (tx) => {
    if (await isEmailTaken(tx, input.newEmail)) throw new AppError('email_taken', { field: 'newEmail' });
    const code = await issueCode(tx, ctx.config.sessionSecret, {
      userId: user.id,
      purpose: 'email_change',
      newEmail: input.newEmail,
    });
    await queueMail(tx, {
      to: input.newEmail,
      lang: user.language as TLanguage,
      template: 'emailChange',
      firstName: user.firstName,
      vars: { code, minutes: codeValidityMinutes },
    });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.email_change_requested',
      subjectType: 'account',
      subjectId: user.id,
      payload: { newEmail: input.newEmail },
      ip: meta.ip,
    });
  });
}

export async function confirmEmailChange(ctx: TAppContext, user: TUser, code: string, meta: TRequestMeta) {
  const failure = await ctx.db.transaction(async (tx) => {
    const result = await consumeCode(tx, ctx.config.sessionSecret, {
      userId: user.id,
      purpose: 'email_change',
      code,
    });
    if (!result.ok) return result.error;
    const newEmail = result.newEmail!;
    if (await isEmailTaken(tx, newEmail)) return 'email_taken' as const;
    await tx.update(users).set({ email: newEmail, updatedAt: new Date() }).where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.email_changed',
      subjectType: 'account',
      subjectId: user.id,
      payload: { from: user.email, to: newEmail },
      ip: meta.ip,
    });
    return null;
  });
  if (failure) throw new AppError(failure, { field: 'code' });
}

export async function updateProfile(
  ctx: TAppContext,
  user: TUser,
  input: { firstName?: string; lastName?: string; language?: TLanguage },
  meta: TRequestMeta,
) {
  const changes = Object.fromEntries(
    Object.entries(input).filter(([k, v]) => v !== undefined && v !== user[k as keyof TUser]),
  );
  if (Object.keys(changes).length === 0) return user;
  // Once an eID is linked, the names are the eID's (M1b; seed: "ne sont plus modifiable").
  const nameField = ['firstName', 'lastName'].find((k) => k in changes);
  if (nameField && (await findEidProfile(ctx.db, user.id))) {
    throw new AppError('name_locked_by_eid', { field: nameField });
  }
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'account.profile_updated',
      subjectType: 'account',
      subjectId: user.id,
      payload: { changes },
      ip: meta.ip,
    });
    return row!;
  });
  if (nameField) forgetUserName(user.id);
  return updated;
}
