import type { TToolRole } from '../contracts/organisations.ts';

/** The facts about one member and their organisation that the role rules need. */
export type TMemberFacts = {
  status: 'pending' | 'active';
  isManager: boolean;
  toolRole: TToolRole;
  /** Other active managers / officers of the organisation, this member excluded. */
  otherManagers: number;
  otherOfficers: number;
  hasRequiredRecognition: boolean;
};

export type TMemberChange = { isManager?: boolean; toolRole?: TToolRole };

export type TMemberRuleError =
  | 'member_not_active'
  | 'last_manager'
  | 'last_officer'
  | 'recognition_required'
  | 'cannot_become_officer';

/**
 * Checks a manager's change to a member. An organisation never loses its last manager; tool access
 * is given only to confirmed members holding the required recognition; the last AML officer cannot be
 * demoted (every organisation using the tool needs one — law of 18 September 2017 art. 9).
 */
export function checkMemberChange(member: TMemberFacts, change: TMemberChange): TMemberRuleError | null {
  if (change.isManager === false && member.isManager && member.otherManagers === 0) return 'last_manager';
  const role = change.toolRole;
  if (role === undefined || role === member.toolRole) return null;
  if (member.status !== 'active') return 'member_not_active';
  if (role !== 'none' && !member.hasRequiredRecognition) return 'recognition_required';
  if (member.toolRole === 'officer' && member.otherOfficers === 0) return 'last_officer';
  return null;
}

/** Removing a member: never the last manager, never the last AML officer. */
export function checkMemberRemoval(member: TMemberFacts): TMemberRuleError | null {
  if (member.status === 'active' && member.isManager && member.otherManagers === 0) return 'last_manager';
  if (member.status === 'active' && member.toolRole === 'officer' && member.otherOfficers === 0)
    return 'last_officer';
  return null;
}

/**
 * "Become the AML officer": anyone confirmed with the required recognition may when the organisation has
 * no officer yet; once one exists, only a manager, or a member a manager authorised (seed: "vous devez
 * être gérant ou obtenir l'autorisation de votre gérant").
 */
export function canBecomeOfficer(
  member: TMemberFacts & { mayBecomeOfficer: boolean },
): TMemberRuleError | null {
  if (member.status !== 'active') return 'member_not_active';
  if (member.toolRole === 'officer') return 'cannot_become_officer';
  if (!member.hasRequiredRecognition) return 'recognition_required';
  if (member.otherOfficers === 0) return null;
  return member.isManager || member.mayBecomeOfficer ? null : 'cannot_become_officer';
}

/** An officer steps down only if another officer remains. */
export function checkStepDown(member: TMemberFacts): TMemberRuleError | null {
  if (member.toolRole !== 'officer') return 'cannot_become_officer';
  return member.otherOfficers === 0 ? 'last_officer' : null;
}
