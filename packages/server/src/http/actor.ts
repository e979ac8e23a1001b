import type { TToolRole } from '@vigilo/domain/contracts/organisations.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { FastifyRequest } from 'fastify';

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

/** What the access check needs of a membership: its row's flags and its organisation's settings. */
export type TMembershipAccess = {
  id: string;
  status: 'pending' | 'active';
  isManager: boolean;
  toolRole: TToolRole;
  requireEidForTool: boolean;
  isAllowed: boolean;
};

/**
 * The actor for the session's active organisation, from its membership (loaded with the session by the
 * session plugin), after enforcing the route's requirement. A pending or absent membership is refused;
 * tool routes also need the organisation to be allow-listed, and a session opened with eID when the
 * organisation requires it (and eID is configured).
 */
export function actorOf(
  request: FastifyRequest,
  membership: TMembershipAccess | null,
  access: TOrgAccess,
  isEidEnabled = false,
): TActor {
  const user = request.user!;
  const organisationId = request.session?.activeOrganisationId;
  if (!organisationId) throw new AppError('no_active_organisation');
  if (membership?.status !== 'active') throw new AppError('no_active_organisation');
  const actor: TActor = {
    userId: user.id,
    organisationId,
    membershipId: membership.id,
    isManager: membership.isManager,
    toolRole: membership.toolRole,
    isAllowed: membership.isAllowed,
    ip: request.ip,
  };
  if (access === 'orgManager' && !actor.isManager) throw new AppError('forbidden');
  if (access === 'toolUser' || access === 'officer') {
    if (actor.toolRole === 'none') throw new AppError('forbidden');
    if (!actor.isAllowed) throw new AppError('organisation_not_allowed');
    if (isEidEnabled && membership.requireEidForTool && request.session?.authMethod !== 'eid') {
      throw new AppError('eid_sign_in_required');
    }
    if (access === 'officer' && actor.toolRole !== 'officer') throw new AppError('forbidden');
  }
  return actor;
}
