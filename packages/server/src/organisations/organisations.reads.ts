import { asc, eq, isNull } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { allowedEnterpriseNumbers, memberships, organisations } from './organisations.schema.ts';

/** Organisations whose enterprise number the administrator has not allow-listed yet, oldest first. */
export async function findOrganisationsAwaitingAllowListing(db: TDbOrTx, limit: number) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      enterpriseNumber: organisations.enterpriseNumber,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .leftJoin(
      allowedEnterpriseNumbers,
      eq(allowedEnterpriseNumbers.enterpriseNumber, organisations.enterpriseNumber),
    )
    .where(isNull(allowedEnterpriseNumbers.enterpriseNumber))
    .orderBy(asc(organisations.createdAt))
    .limit(limit);
}

/** Everyone who is or was a member of the organisation (any membership status), by user id. */
export async function memberUserIds(db: TDbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId));
  return rows.map((r) => r.userId);
}
