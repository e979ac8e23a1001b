import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import {
  allowedEnterpriseNumbers,
  memberships,
  organisations,
  recognitionTypes,
  userRecognitions,
} from './organisations.schema.ts';

export type TMembershipRow = typeof memberships.$inferSelect;
export type TOrganisationRow = typeof organisations.$inferSelect;

/** The membership of a user in one organisation, with the organisation and whether it may use the tool. */
export async function findMembership(db: TDbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({
      membership: memberships,
      organisation: organisations,
      isAllowed: sql<boolean>`exists (select 1 from ${allowedEnterpriseNumbers} a where a.enterprise_number = ${organisations.enterpriseNumber})`,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** A member of the given organisation by id; another organisation's member is simply not found. */
export async function findMemberInOrganisation(db: TDbOrTx, organisationId: string, memberId: string) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, memberId), eq(memberships.organisationId, organisationId)))
    .limit(1);
  return row ?? null;
}

export async function countActive(
  db: TDbOrTx,
  organisationId: string,
  what: 'managers' | 'officers',
  exceptMemberId?: string,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        what === 'managers' ? eq(memberships.isManager, true) : eq(memberships.toolRole, 'officer'),
        exceptMemberId ? ne(memberships.id, exceptMemberId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** Whether the account holds every recognition the administrator marked as required for tool access. */
export async function holdsRequiredRecognitions(db: TDbOrTx, userId: string): Promise<boolean> {
  const required = await db
    .select({ code: recognitionTypes.code })
    .from(recognitionTypes)
    .where(eq(recognitionTypes.requiredForToolAccess, true));
  if (required.length === 0) return true;
  const held = await db
    .select({ code: userRecognitions.recognitionCode })
    .from(userRecognitions)
    .where(
      and(
        eq(userRecognitions.userId, userId),
        inArray(
          userRecognitions.recognitionCode,
          required.map((r) => r.code),
        ),
      ),
    );
  return held.length === required.length;
}

export async function listMembers(db: TDbOrTx, organisationId: string) {
  return db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.lastName, users.firstName);
}

export async function listActiveManagers(db: TDbOrTx, organisationId: string) {
  return db
    .select({ user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        eq(memberships.isManager, true),
      ),
    );
}

export async function listActiveMembersAmong(db: TDbOrTx, organisationId: string, userIds: string[]) {
  return db
    .select({ user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        inArray(memberships.userId, userIds),
      ),
    );
}
