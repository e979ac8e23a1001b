import type { TAdminUser, TAllowedNumber, TRecognitionType } from '@vigilo/domain/contracts/admin.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { TUser } from '../accounts/accounts.repository.ts';
import { users } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import {
  allowedEnterpriseNumbers,
  organisations,
  recognitionTypes,
  userRecognitions,
} from '../organisations/organisations.schema.ts';
import { requireEnterpriseNumber } from '../organisations/organisations.service.ts';

export async function listAllowedNumbers(ctx: TAppContext): Promise<TAllowedNumber[]> {
  const rows = await ctx.db
    .select({ allowed: allowedEnterpriseNumbers, organisationName: organisations.name })
    .from(allowedEnterpriseNumbers)
    .leftJoin(organisations, eq(organisations.enterpriseNumber, allowedEnterpriseNumbers.enterpriseNumber))
    .orderBy(allowedEnterpriseNumbers.enterpriseNumber);
  return rows.map((r) => ({
    enterpriseNumber: r.allowed.enterpriseNumber,
    enterpriseNumberFormatted: formatEnterpriseNumber(r.allowed.enterpriseNumber as EnterpriseNumber),
    note: r.allowed.note,
    organisationName: r.organisationName,
    createdAt: r.allowed.createdAt.toISOString(),
  }));
}

/** Allow-lists an enterprise number for the AML tool (registered by the supervisor with the administrator). */
export async function addAllowedNumber(
  ctx: TAppContext,
  admin: TUser,
  input: { enterpriseNumber: string; note: string },
  meta: TRequestMeta,
) {
  const enterpriseNumber = requireEnterpriseNumber(input.enterpriseNumber);
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(allowedEnterpriseNumbers)
      .values({ enterpriseNumber, note: input.note, addedBy: admin.id })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) return;
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.allowed_number_added',
      subjectType: 'platform',
      subjectId: enterpriseNumber,
      payload: { note: input.note },
      ip: meta.ip,
    });
  });
}

export async function removeAllowedNumber(
  ctx: TAppContext,
  admin: TUser,
  enterpriseNumber: string,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(allowedEnterpriseNumbers)
      .where(eq(allowedEnterpriseNumbers.enterpriseNumber, enterpriseNumber))
      .returning();
    if (removed.length === 0) throw new AppError('not_found');
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.allowed_number_removed',
      subjectType: 'platform',
      subjectId: enterpriseNumber,
      ip: meta.ip,
    });
  });
}

export async function listRecognitionTypes(ctx: TAppContext): Promise<TRecognitionType[]> {
  const rows = await ctx.db.select().from(recognitionTypes).orderBy(recognitionTypes.code);
  return rows.map(({ createdAt: _c, ...type }) => type);
}

export async function createRecognitionType(
  ctx: TAppContext,
  admin: TUser,
  input: TRecognitionType,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const inserted = await tx.insert(recognitionTypes).values(input).onConflictDoNothing().returning();
    if (inserted.length === 0) throw new AppError('recognition_type_exists', { field: 'code' });
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.recognition_type_created',
      subjectType: 'platform',
      subjectId: input.code,
      payload: input,
      ip: meta.ip,
    });
  });
}

export async function updateRecognitionType(
  ctx: TAppContext,
  admin: TUser,
  code: string,
  input: Partial<Omit<TRecognitionType, 'code'>>,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(recognitionTypes)
      .set(input)
      .where(eq(recognitionTypes.code, code))
      .returning();
    if (updated.length === 0) throw new AppError('not_found');
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.recognition_type_updated',
      subjectType: 'platform',
      subjectId: code,
      payload: input,
      ip: meta.ip,
    });
  });
}

export async function searchUsers(ctx: TAppContext, q: string): Promise<TAdminUser[]> {
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  const found = await ctx.db
    .select()
    .from(users)
    .where(
      q
        ? or(
            ilike(users.username, pattern),
            ilike(users.email, pattern),
            ilike(users.lastName, pattern),
            ilike(users.firstName, pattern),
          )
        : undefined,
    )
    .orderBy(users.lastName, users.firstName)
    .limit(50);
  const held = found.length
    ? await ctx.db
        .select()
        .from(userRecognitions)
        .where(
          inArray(
            userRecognitions.userId,
            found.map((u) => u.id),
          ),
        )
    : [];
  return found.map((u) => ({
    id: u.id,
    username: u.username,
    email: u.email,
    firstName: u.firstName,
    lastName: u.lastName,
    status: u.status,
    isPlatformAdmin: u.isPlatformAdmin,
    recognitions: held
      .filter((r) => r.userId === u.id)
      .map((r) => ({
        code: r.recognitionCode,
        reference: r.reference,
        grantedAt: r.grantedAt.toISOString(),
      })),
  }));
}

export async function grantRecognition(
  ctx: TAppContext,
  admin: TUser,
  userId: string,
  input: { code: string; reference: string },
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    const [type] = await tx.select().from(recognitionTypes).where(eq(recognitionTypes.code, input.code));
    if (!user || !type) throw new AppError('not_found');
    await tx
      .insert(userRecognitions)
      .values({ userId, recognitionCode: input.code, reference: input.reference, grantedBy: admin.id })
      .onConflictDoUpdate({
        target: [userRecognitions.userId, userRecognitions.recognitionCode],
        set: { reference: input.reference },
      });
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.recognition_granted',
      subjectType: 'account',
      subjectId: userId,
      payload: input,
      ip: meta.ip,
    });
  });
}

export async function revokeRecognition(
  ctx: TAppContext,
  admin: TUser,
  userId: string,
  code: string,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const removed = await tx
      .delete(userRecognitions)
      .where(and(eq(userRecognitions.userId, userId), eq(userRecognitions.recognitionCode, code)))
      .returning();
    if (removed.length === 0) throw new AppError('not_found');
    await recordAudit(tx, {
      actorUserId: admin.id,
      action: 'admin.recognition_revoked',
      subjectType: 'account',
      subjectId: userId,
      payload: { code },
      ip: meta.ip,
    });
  });
}
