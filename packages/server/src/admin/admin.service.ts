import type { TAdminUser, TAllowedNumber, TRecognitionType } from '@vigilo/domain/contracts/admin.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { searchAccounts } from '../accounts/account-lookup.ts';
import { findUserRow, type TUserRow } from '../accounts/accounts.reads.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import {
  allowEnterpriseNumber,
  allowedNumbersWithOrganisation,
  disallowEnterpriseNumber,
} from '../organisations/allowed-numbers.ts';
import { requireEnterpriseNumber } from '../organisations/organisations.service.ts';
import {
  changeRecognitionType,
  findRecognitionType,
  grantUserRecognition,
  insertRecognitionType,
  listRecognitionTypeRows,
  recognitionsOfUsers,
  revokeUserRecognition,
} from '../organisations/recognitions.ts';

export async function listAllowedNumbers(ctx: TAppContext): Promise<TAllowedNumber[]> {
  const rows = await allowedNumbersWithOrganisation(ctx.db);
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
  admin: TUserRow,
  input: { enterpriseNumber: string; note: string },
  meta: TRequestMeta,
) {
  const enterpriseNumber = requireEnterpriseNumber(input.enterpriseNumber);
  await ctx.db.transaction(async (tx) => {
    const added = await allowEnterpriseNumber(tx, { enterpriseNumber, note: input.note, addedBy: admin.id });
    if (!added) return;
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
  admin: TUserRow,
  enterpriseNumber: string,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    if (!(await disallowEnterpriseNumber(tx, enterpriseNumber))) throw new AppError('not_found');
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
  const rows = await listRecognitionTypeRows(ctx.db);
  return rows.map(({ createdAt: _c, ...type }) => type);
}

export async function createRecognitionType(
  ctx: TAppContext,
  admin: TUserRow,
  input: TRecognitionType,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    if (!(await insertRecognitionType(tx, input)))
      throw new AppError('recognition_type_exists', { field: 'code' });
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
  admin: TUserRow,
  code: string,
  input: Partial<Omit<TRecognitionType, 'code'>>,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    if (!(await changeRecognitionType(tx, code, input))) throw new AppError('not_found');
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
  const found = await searchAccounts(ctx.db, q, 50);
  const held = await recognitionsOfUsers(
    ctx.db,
    found.map((u) => u.id),
  );
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
  admin: TUserRow,
  userId: string,
  input: { code: string; reference: string },
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    const user = await findUserRow(tx, userId);
    const type = await findRecognitionType(tx, input.code);
    if (!user || !type) throw new AppError('not_found');
    await grantUserRecognition(tx, {
      userId,
      recognitionCode: input.code,
      reference: input.reference,
      grantedBy: admin.id,
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
  admin: TUserRow,
  userId: string,
  code: string,
  meta: TRequestMeta,
) {
  await ctx.db.transaction(async (tx) => {
    if (!(await revokeUserRecognition(tx, userId, code))) throw new AppError('not_found');
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
