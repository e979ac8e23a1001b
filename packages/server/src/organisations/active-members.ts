import { accountsByIds } from '../accounts/account-lookup.ts';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { activeMemberUserIdsAmong, activeUserIdsWith } from './memberships.repository.ts';

export type TMemberUser = TUserRow;

/**
 * Which of these people are still active members of the organisation (e.g. the authors a reminder goes to):
 * other modules ask here instead of joining the memberships table themselves.
 */
export async function activeMembersAmong(
  db: TDbOrTx,
  organisationId: string,
  userIds: readonly string[],
): Promise<TMemberUser[]> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return [];
  return accountsByIds(db, await activeMemberUserIdsAmong(db, organisationId, wanted));
}

/** The organisation's active managers (whom a failing integration or an unsent invoice is reported to). */
export async function activeManagers(db: TDbOrTx, organisationId: string): Promise<TMemberUser[]> {
  return accountsByIds(db, await activeUserIdsWith(db, organisationId, 'manager'));
}

/**
 * The organisation's active AML officers, ordered by name (whom a step needing an officer is notified to).
 */
export async function activeOfficers(db: TDbOrTx, organisationId: string): Promise<TMemberUser[]> {
  return accountsByIds(db, await activeUserIdsWith(db, organisationId, 'officer'));
}
