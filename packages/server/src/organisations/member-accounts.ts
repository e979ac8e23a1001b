import { accountsByIds } from '../accounts/account-lookup.ts';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { findMembershipById, listMemberships, type TMembershipRow } from './memberships.repository.ts';

export type TMemberAccount = { membership: TMembershipRow; user: TUserRow };

/** The organisation's members past and present (any status) with their accounts, ordered by name. */
export async function membersWithAccounts(db: TDbOrTx, organisationId: string): Promise<TMemberAccount[]> {
  const rows = await listMemberships(db, organisationId);
  const byUser = new Map(rows.map((membership) => [membership.userId, membership]));
  // The accounts come back ordered by name: the members follow their order.
  return (await accountsByIds(db, [...byUser.keys()])).map((user) => ({
    membership: byUser.get(user.id)!,
    user,
  }));
}

/** One membership with its account, or null when there is no such membership. */
export async function memberWithAccount(db: TDbOrTx, memberId: string): Promise<TMemberAccount | null> {
  const membership = await findMembershipById(db, memberId);
  if (!membership) return null;
  const [user] = await accountsByIds(db, [membership.userId]);
  return user ? { membership, user } : null;
}
