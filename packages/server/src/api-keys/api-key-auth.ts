import { createHash } from 'node:crypto';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';
import { auditChannel } from '../audit/audit-context.ts';
import type { TDb } from '../db/client.ts';
import type { TActor, TOrgAccess } from '../http/actor.ts';
import { findMembershipWithOrganisation } from '../organisations/organisations.reads.ts';
import { scopeForRoute } from './api-key-routes.ts';
import { countApiKeyRequest, findLiveApiKeyByHash, type TApiKeyRow } from './api-keys.repository.ts';

export const apiKeyTokenPrefix = 'vgl_';

export function hashApiKeyToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token of an `Authorization: Bearer …` header, or null when the request carries none. */
export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match ? match[1]! : null;
}

/** The live key a token names, or null (unknown, malformed or revoked: all alike to the caller). */
export async function findKeyForToken(db: TDb, token: string): Promise<TApiKeyRow | null> {
  if (!token.startsWith(apiKeyTokenPrefix) || token.length > 200) return null;
  return findLiveApiKeyByHash(db, hashApiKeyToken(token));
}

/**
 * The actor of a request made with an API key. The route must be open to keys and the key must hold its
 * scope; the request counts against the key's per-minute limit; the key acts as the member who created it,
 * who must still be active with access to the tool (and still the officer for officer-only data).
 */
export async function resolveApiKeyActor(
  db: TDb,
  request: FastifyRequest,
  key: TApiKeyRow | null,
  access: TOrgAccess | null,
): Promise<TActor> {
  if (!key) throw new AppError('unauthenticated');
  const scope = access ? scopeForRoute(request.method, request.routeOptions.url ?? '') : null;
  if (!scope) throw new AppError('api_key_route_not_allowed');
  if (!key.scopes.includes(scope)) throw new AppError('api_key_scope_missing', { scope });
  if ((await countApiKeyRequest(db, key.id)) > key.rateLimitPerMinute) throw new AppError('rate_limited');
  const found = await findMembershipWithOrganisation(db, key.organisationId, key.createdBy);
  if (found?.membership.status !== 'active' || found.membership.toolRole === 'none')
    throw new AppError('api_key_owner_inactive');
  const creator = found.membership;
  const isOfficer = key.scopes.includes('officer:read') && creator.toolRole === 'officer';
  if (access === 'officer' && !isOfficer) throw new AppError('api_key_owner_inactive');
  if ((access === 'toolUser' || access === 'officer') && !found.isAllowed)
    throw new AppError('organisation_not_allowed');
  const store = auditChannel.getStore();
  if (store) store.apiKey = { id: key.id, name: key.name };
  return {
    userId: key.createdBy,
    organisationId: key.organisationId,
    membershipId: creator.id,
    isManager: false,
    toolRole: isOfficer ? 'officer' : 'collaborator',
    isAllowed: found.isAllowed,
    ip: request.ip,
  };
}
