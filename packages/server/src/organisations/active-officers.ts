import { and, eq } from 'drizzle-orm';
import { accountsByIds } from '../accounts/account-lookup.ts';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { memberships } from './organisations.schema.ts';

/**
 * The organisation's active AML officers with their accounts (whom a step needing an officer is notified
 * to), ordered by name: the memberships read here, the accounts by id from the accounts module.
 */
export async function activeOfficers(db: TDbOrTx, organisationId: string): Promise<TUserRow[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        eq(memberships.toolRole, 'officer'),
      ),
    );
  return accountsByIds(
    db,
    rows.map((r) => r.userId),
  );
}
