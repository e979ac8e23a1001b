import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { contactNameSql } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { qualified } from '../db/qualified-column.ts';
import {
  countAssessedCasesPerMonth,
  countCasesByStatusAndAge,
  findCasesMatching,
} from '../declarations/case-table-queries.ts';
import type { TCaseFilter } from '../declarations/declarations.reads.ts';
import { declaredCasesSource } from '../declarations/declared-cases.ts';
import { acceptancePolicies, riskProfiles } from './risk.schema.ts';

/*
 * Reads of the risk module's tables for other modules (records export, cockpit, goAML, annual report):
 * they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TRiskProfileRow = typeof riskProfiles.$inferSelect;

/** Every risk profile of some contacts, oldest first (or newest first). */
export async function riskProfilesOfContacts(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
  order: 'oldest-first' | 'newest-first' = 'oldest-first',
): Promise<TRiskProfileRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, organisationId), inArray(riskProfiles.contactId, contactIds)))
    .orderBy(order === 'oldest-first' ? asc(riskProfiles.createdAt) : desc(riskProfiles.createdAt));
}

/** Risk profiles in open statuses, counted per status and per whole days since their last move. */
export function countProfilesByStatusAndAge(
  db: TDbOrTx,
  organisationId: string,
  statuses: string[],
  now: Date,
) {
  return countCasesByStatusAndAge(db, riskProfiles, organisationId, statuses, now);
}

/** Risk profiles computed per month (UTC, `YYYY-MM`) since `from`, and how many with heightened vigilance. */
export function countAssessedProfilesPerMonth(db: TDbOrTx, organisationId: string, from: Date) {
  return countAssessedCasesPerMonth(db, riskProfiles, organisationId, from);
}

/** Risk profiles matching a case filter, oldest move first, at most `limit`; `date` is the day of the last move. */
export function findProfilesCases(db: TDbOrTx, organisationId: string, filter: TCaseFilter, limit: number) {
  return findCasesMatching(
    db,
    riskProfiles,
    { contactId: riskProfiles.contactId },
    organisationId,
    filter,
    limit,
  );
}

/** Where the Declarations page reads the contacts' cases: the risk profiles, titled with the contact's name. */
export const declaredProfilesSource = declaredCasesSource({
  subjectType: 'risk_profile',
  table: riskProfiles,
  columns: {
    id: riskProfiles.id,
    contactId: riskProfiles.contactId,
    role: riskProfiles.role,
    status: riskProfiles.status,
    decision: riskProfiles.decision,
    level: riskProfiles.level,
    updatedAt: riskProfiles.updatedAt,
    // The contact's name in the page's statement (issue 21); null once the contact is purged.
    contactName: contactNameSql(qualified(riskProfiles.contactId), qualified(riskProfiles.organisationId)),
  },
});

/** Some risk profiles' vigilance levels (null while not computed), by profile id. */
export async function profileLevelsByIds(
  db: TDbOrTx,
  organisationId: string,
  profileIds: readonly string[],
): Promise<Map<string, TRiskProfileRow['level']>> {
  const wanted = [...new Set(profileIds)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: riskProfiles.id, level: riskProfiles.level })
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, organisationId), inArray(riskProfiles.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.level]));
}

/** Some risk profiles of the organisation: the contact each one is about and its role. */
export async function profileContactsByIds(db: TDbOrTx, organisationId: string, profileIds: string[]) {
  if (profileIds.length === 0) return [];
  return db
    .select({ id: riskProfiles.id, contactId: riskProfiles.contactId, role: riskProfiles.role })
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, organisationId), inArray(riskProfiles.id, profileIds)));
}

const profilesComputedIn = (organisationId: string, from: Date, to: Date) =>
  and(
    eq(riskProfiles.organisationId, organisationId),
    gte(riskProfiles.createdAt, from),
    lt(riskProfiles.createdAt, to),
    isNotNull(riskProfiles.level),
  )!;

/** Risk profiles computed in [from, to), and how many of them with heightened vigilance. */
export async function countProfilesComputed(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  const computed = profilesComputedIn(organisationId, from, to);
  const [all] = await db.select({ n: count() }).from(riskProfiles).where(computed);
  const [heightened] = await db
    .select({ n: count() })
    .from(riskProfiles)
    .where(and(computed, eq(riskProfiles.level, 'heightened')));
  return { computed: all?.n ?? 0, heightened: heightened?.n ?? 0 };
}

/** Reviews done in [from, to): profiles computed for a contact that already had a computed one. */
export async function countReviewsDone(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  const [reviews] = await db
    .select({ n: count() })
    .from(riskProfiles)
    .where(
      and(
        profilesComputedIn(organisationId, from, to),
        sql`exists (select 1 from ${riskProfiles} earlier where earlier.contact_id = ${riskProfiles.contactId} and earlier.created_at < ${riskProfiles.createdAt} and earlier.level is not null)`,
      ),
    );
  return reviews?.n ?? 0;
}

/** The acceptance policy versions created in [from, to), in version order. */
export async function policyVersionsCreated(db: TDbOrTx, organisationId: string, from: Date, to: Date) {
  return db
    .select({ version: acceptancePolicies.version, createdAt: acceptancePolicies.createdAt })
    .from(acceptancePolicies)
    .where(
      and(
        eq(acceptancePolicies.organisationId, organisationId),
        gte(acceptancePolicies.createdAt, from),
        lt(acceptancePolicies.createdAt, to),
      ),
    )
    .orderBy(asc(acceptancePolicies.version));
}

/** One risk profile of the organisation. */
export async function findRiskProfile(
  db: TDbOrTx,
  organisationId: string,
  profileId: string,
): Promise<TRiskProfileRow | null> {
  const [row] = await db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.id, profileId), eq(riskProfiles.organisationId, organisationId)));
  return row ?? null;
}
