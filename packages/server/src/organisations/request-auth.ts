import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
// One statement per request reads the session, its user and the membership (issue 21); split across the
// owning modules it would be three round trips on every request.
// biome-ignore lint/style/noRestrictedImports: the request's one statement reads the accounts tables
import { sessions, users } from '../accounts/accounts.schema.ts';
// biome-ignore lint/style/noRestrictedImports: the session that statement found is expired or touched here
import { deleteSession, hashToken, touchSession } from '../accounts/sessions.repository.ts';
import type { TDb } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import type { TMembershipAccess } from '../http/actor.ts';
import { ownershipSql } from '../http/resource-ownership.ts';
import { allowedEnterpriseNumbers, memberships, organisations } from './organisations.schema.ts';

/**
 * The statement that answers who calls, for a cookie session: the session with its user, the membership
 * in the session's active organisation (with the organisation's eID requirement and allow-list status)
 * and the owner of every route parameter an ownership rule guards. One round trip per request, its SQL
 * built once per set of guarded parameters and prepared on each connection.
 */
function buildStatement(db: TDb, owned: readonly string[], name: string) {
  const owners: Record<string, SQL<string | null>> = {};
  for (const param of owned) {
    owners[`owner_${param}`] = sql<
      string | null
    >`${ownershipSql(param)!(sql`${sql.placeholder(`owner_${param}`)}::uuid`)}`;
  }
  return db
    .select({
      session: sessions,
      user: users,
      membershipId: memberships.id,
      membershipStatus: memberships.status,
      isManager: memberships.isManager,
      toolRole: memberships.toolRole,
      requireEidForTool: organisations.requireEidForTool,
      isAllowed: sql<boolean>`exists (select 1 from ${allowedEnterpriseNumbers} a where a.enterprise_number = ${organisations.enterpriseNumber})`,
      ...owners,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.organisationId, sessions.activeOrganisationId),
        eq(memberships.userId, sessions.userId),
      ),
    )
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
      ),
    )
    .limit(1)
    .prepare(name);
}

type TStatement = ReturnType<typeof buildStatement>;

// One statement per set of guarded parameters (the key lists them): each shape is built and named once.
const statementFor = preparedStatements('vigilo_request_auth', (db: TDb, name, key) =>
  buildStatement(db, key === '' ? [] : key.split(','), name),
);

export type TRequestAuth = {
  session: typeof sessions.$inferSelect;
  user: typeof users.$inferSelect;
  membership: TMembershipAccess | null;
  /** Owner organisation of each guarded parameter that was given as an id (null: no such row). */
  owners: Map<string, string | null>;
};

/**
 * The live session behind a cookie token, with its user, membership and the owners of `guarded`
 * (parameter → id); null when the session is expired, idle too long, unknown or its user is not active.
 * An idle session is deleted; the last-seen time is written at most once a minute.
 */
export async function loadRequestAuth(
  db: TDb,
  token: string,
  idleMinutes: number,
  guarded: ReadonlyMap<string, string>,
): Promise<TRequestAuth | null> {
  const owned = [...guarded.keys()].filter((p) => ownershipSql(p) !== undefined).sort();
  const values: Record<string, unknown> = { id: hashToken(token), now: new Date().toISOString() };
  for (const param of owned) values[`owner_${param}`] = guarded.get(param);
  const [row] = (await statementFor(db, owned.join(',')).execute(values)) as Array<
    Awaited<ReturnType<TStatement['execute']>>[number] & Record<string, unknown>
  >;
  if (!row) return null;
  const now = Date.now();
  if (now - row.session.lastSeenAt.getTime() > idleMinutes * 60_000) {
    await deleteSession(db, row.session.id);
    return null;
  }
  if (row.user.status !== 'active') return null;
  // One write a minute at most keeps the idle clock without a write per request.
  if (now - row.session.lastSeenAt.getTime() > 60_000) await touchSession(db, row.session.id);
  const owners = new Map<string, string | null>();
  for (const param of owned) owners.set(param, (row[`owner_${param}`] as string | null) ?? null);
  return {
    session: row.session,
    user: row.user,
    membership:
      row.membershipId === null
        ? null
        : {
            id: row.membershipId,
            status: row.membershipStatus!,
            isManager: row.isManager!,
            toolRole: row.toolRole!,
            requireEidForTool: row.requireEidForTool!,
            isAllowed: row.isAllowed,
          },
    owners,
  };
}
