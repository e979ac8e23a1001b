import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
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

/** A membership by id, in whichever organisation it is. */
export async function findMembershipById(db: TDbOrTx, memberId: string): Promise<TMembershipRow | null> {
  const [row] = await db.select().from(memberships).where(eq(memberships.id, memberId)).limit(1);
  return row ?? null;
}

/** Every membership of the organisation, any status. */
export async function listMemberships(db: TDbOrTx, organisationId: string): Promise<TMembershipRow[]> {
  return db.select().from(memberships).where(eq(memberships.organisationId, organisationId));
}

/** The user ids of the organisation's active managers, or of its active AML officers. */
export async function activeUserIdsWith(
  db: TDbOrTx,
  organisationId: string,
  duty: 'manager' | 'officer',
): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        duty === 'manager' ? eq(memberships.isManager, true) : eq(memberships.toolRole, 'officer'),
      ),
    );
  return rows.map((r) => r.userId);
}

/** Which of these user ids belong to active members of the organisation. */
export async function activeMemberUserIdsAmong(
  db: TDbOrTx,
  organisationId: string,
  userIds: readonly string[],
): Promise<string[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        eq(memberships.status, 'active'),
        inArray(memberships.userId, [...userIds]),
      ),
    );
  return rows.map((r) => r.userId);
}
