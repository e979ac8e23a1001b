import { randomBytes } from 'node:crypto';
import type { TCreateApiKeyRequest } from '@vigilo/domain/contracts/api-keys.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { apiKeyTokenPrefix, hashApiKeyToken } from './api-key-auth.ts';
import { canManageApiKeys, grantableScopes } from './api-keys.policy.ts';
import { presentApiKey } from './api-keys.presenter.ts';
import { findApiKey, insertApiKey, listApiKeys, markApiKeyRevoked } from './api-keys.repository.ts';

function assertMayManage(actor: TActor) {
  if (!canManageApiKeys(actor)) throw new AppError('forbidden');
}

export async function listOrganisationApiKeys(ctx: TAppContext, actor: TActor) {
  assertMayManage(actor);
  const rows = await listApiKeys(ctx.db, actor.organisationId);
  const creatorNames = await userNamesByIds(
    ctx.db,
    rows.map((key) => key.createdBy),
  );
  return {
    keys: rows.map((key) => presentApiKey(key, creatorNames.get(key.createdBy) ?? '')),
    grantableScopes: grantableScopes(actor),
  };
}

/** Creates a key and returns its token: the only time the token exists outside the caller's hands. */
export async function createApiKey(ctx: TAppContext, actor: TActor, input: TCreateApiKeyRequest) {
  assertMayManage(actor);
  const allowed = grantableScopes(actor);
  const refused = input.scopes.filter((s) => !allowed.includes(s));
  if (refused.length) throw new AppError('forbidden', { field: 'scopes' });
  const token = `${apiKeyTokenPrefix}${randomBytes(32).toString('base64url')}`;
  const scopes = [...new Set(input.scopes)];
  const key = await ctx.db.transaction(async (tx) => {
    const row = await insertApiKey(tx, {
      organisationId: actor.organisationId,
      name: input.name,
      prefix: token.slice(0, apiKeyTokenPrefix.length + 6),
      tokenHash: hashApiKeyToken(token),
      scopes,
      rateLimitPerMinute: input.rateLimitPerMinute,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'api_key.created',
      subjectType: 'api_key',
      subjectId: row.id,
      payload: { name: row.name, prefix: row.prefix, scopes, rateLimitPerMinute: row.rateLimitPerMinute },
      ip: actor.ip,
    });
    return row;
  });
  const creatorNames = await userNamesByIds(ctx.db, [key.createdBy]);
  return { key: presentApiKey(key, creatorNames.get(key.createdBy) ?? ''), token };
}

/** Revokes a key at once; revoking is always safe, so any manager may revoke any key, officer keys too. */
export async function revokeApiKey(ctx: TAppContext, actor: TActor, apiKeyId: string) {
  assertMayManage(actor);
  const existing = await findApiKey(ctx.db, actor.organisationId, apiKeyId);
  if (!existing) throw new AppError('not_found');
  if (existing.revokedAt) throw new AppError('conflict');
  await ctx.db.transaction(async (tx) => {
    const row = await markApiKeyRevoked(tx, apiKeyId, actor.userId);
    if (!row) throw new AppError('conflict');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: row.id,
      payload: { name: row.name, prefix: row.prefix },
      ip: actor.ip,
    });
  });
}
