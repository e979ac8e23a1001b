import type { TToolRole } from '@vigilo/domain/contracts/organisations.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';
import type { TDb } from '../db/client.ts';
import { findMembership } from '../organisations/memberships.repository.ts';

/**
 * Who acts, resolved once per request for organisation-scoped routes. Every service of an organisation
 * feature takes it first and scopes every query by `organisationId`.
 */
export type TActor = {
  userId: string;
  organisationId: string;
  membershipId: string;
  isManager: boolean;
  toolRole: TToolRole;
  isAllowed: boolean;
  ip: string | null;
};

/** The organisation-level access a route can require, from the weakest to the strongest. */
export type TOrgAccess = 'orgMember' | 'orgManager' | 'toolUser' | 'officer';

/**
 * Resolves the actor for the session's active organisation and enforces the route's requirement.
 * A pending or absent membership is refused; tool routes also need the organisation to be allow-listed,
 * and a session opened with eID when the organisation requires it (and eID is configured).
 */
export async function resolveActor(
  db: TDb,
  request: FastifyRequest,
  access: TOrgAccess,
  isEidEnabled = false,
): Promise<TActor> {
  const user = request.user!;
  const organisationId = request.session?.activeOrganisationId;
  if (!organisationId) throw new AppError('no_active_organisation');
  const found = await findMembership(db, organisationId, user.id);
  if (found?.membership.status !== 'active') throw new AppError('no_active_organisation');
  const { membership, organisation, isAllowed } = found;
  const actor: TActor = {
    userId: user.id,
    organisationId,
    membershipId: membership.id,
    isManager: membership.isManager,
    toolRole: membership.toolRole,
    isAllowed,
    ip: request.ip,
  };
  if (access === 'orgManager' && !actor.isManager) throw new AppError('forbidden');
  if (access === 'toolUser' || access === 'officer') {
    if (actor.toolRole === 'none') throw new AppError('forbidden');
    if (!actor.isAllowed) throw new AppError('organisation_not_allowed');
    if (isEidEnabled && organisation.requireEidForTool && request.session?.authMethod !== 'eid') {
      throw new AppError('eid_sign_in_required');
    }
    if (access === 'officer' && actor.toolRole !== 'officer') throw new AppError('forbidden');
  }
  return actor;
}
