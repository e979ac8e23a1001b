import { and, asc, eq, isNull } from 'drizzle-orm';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { membersWithAccounts } from './member-accounts.ts';
import { countActive, findMembership } from './memberships.repository.ts';
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

/**
 * Takes the organisation row's lock until the transaction ends: what serialises the numbering of an
 * organisation's versioned documents (annual reports, risk assessments).
 */
export async function lockOrganisation(tx: TTx, organisationId: string): Promise<void> {
  await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .for('update');
}

/** The organisation's members past and present (any status), with their membership dates, by name. */
export async function membersWithDates(db: TDbOrTx, organisationId: string) {
  return (await membersWithAccounts(db, organisationId)).map(({ membership, user }) => ({
    userId: user.id,
    firstName: user.firstName,
    lastName: user.lastName,
    status: membership.status,
    confirmedAt: membership.confirmedAt,
    createdAt: membership.createdAt,
  }));
}

/** A member's job title and contact e-mail in the organisation, or null when they are not a member. */
export async function findMemberContact(db: TDbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ jobTitle: memberships.jobTitle, contactEmail: memberships.contactEmail })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.organisationId, organisationId)));
  return row ?? null;
}

/** How many active officers the organisation has. */
export function countActiveOfficers(db: TDbOrTx, organisationId: string): Promise<number> {
  return countActive(db, organisationId, 'officers');
}

/**
 * A user's membership in one organisation, with the organisation and whether it may use the tool (e.g.
 * whether the member behind an API key may still act); null when they are not a member.
 */
export function findMembershipWithOrganisation(db: TDbOrTx, organisationId: string, userId: string) {
  return findMembership(db, organisationId, userId);
}
