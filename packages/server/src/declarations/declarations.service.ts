import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TCaseOfficersResponse, TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers } from '../notifications/notifications.service.ts';
import { profileCaseTitle } from '../risk/case-title.ts';
import { riskProfiles } from '../risk/risk.schema.ts';
import { transactions } from '../transactions/transactions.schema.ts';
import { caseTimelines } from './case-workflow.ts';
import { caseEvents } from './declarations.schema.ts';

export type TDeclarationsFilter = 'awaiting-officer' | 'awaiting-ctif' | 'open' | 'all';

/** The officer queue's filters: status, how long a case has waited, who declared it. */
export type TDeclarationsCriteria = {
  status?: string;
  olderThanDays?: number;
  declaredBy?: string;
};

const statusesFor: Record<Exclude<TDeclarationsFilter, 'all'>, string[]> = {
  'awaiting-officer': ['awaiting-officer', 'suspicion-declared', 'ctif-answered'],
  'awaiting-ctif': ['awaiting-ctif', 'reported-personally'],
  open: ['awaiting-officer', 'suspicion-declared', 'awaiting-ctif', 'ctif-answered', 'reported-personally'],
};

/**
 * `all` = every case ever declared (a motivated proposal or a suspicion), closed ones included.
 */
function filterCondition(
  filter: TDeclarationsFilter,
  id: PgColumn,
  status: PgColumn,
  decision: PgColumn,
  updatedAt: PgColumn,
  viewerUserId: string,
  criteria: TDeclarationsCriteria,
): SQL {
  return and(
    tabCondition(filter, id, status, decision, viewerUserId),
    criteria.status ? eq(status, criteria.status) : undefined,
    criteria.olderThanDays
      ? sql`${updatedAt} < now() - make_interval(days => ${criteria.olderThanDays}::int)`
      : undefined,
    criteria.declaredBy
      ? sql`exists (select 1 from ${caseEvents} d where d.subject_id = ${id} and d.action in ('propose', 'declare-suspicion') and d.actor_user_id = ${criteria.declaredBy}::uuid)`
      : undefined,
  )!;
}

function tabCondition(
  filter: TDeclarationsFilter,
  id: PgColumn,
  status: PgColumn,
  decision: PgColumn,
  viewerUserId: string,
): SQL {
  // A personal report is never listed to an officer it concerns, nor while it lasts (tipping-off).
  const notHidden = sql`not coalesce((${decision} -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text), false)`;
  if (filter === 'all') {
    return and(
      sql`exists (select 1 from ${caseEvents} e where e.subject_id = ${id} and e.action in ('propose', 'declare-suspicion', 'report-personally') and not coalesce((e.data -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text), false))`,
      notHidden,
    )!;
  }
  return and(inArray(status, statusesFor[filter]), notHidden)!;
}

/** The active AML officers, by name (an employee's personal report names the one it concerns). */
export async function listCaseOfficers(ctx: TAppContext, actor: TActor): Promise<TCaseOfficersResponse> {
  const officers = await findOfficers(ctx.db, actor.organisationId);
  return {
    items: officers
      .map(({ user }) => ({ id: user.id, name: `${user.firstName} ${user.lastName}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

type TCase = Omit<TDeclarationItem, 'timeline' | 'reportedToCtif'> & { updatedAtDate: Date };

/** The contacts' risk profiles and the transactions as cases of the Declarations page. */
function casesOf(
  profiles: { profile: typeof riskProfiles.$inferSelect; displayName: string }[],
  deals: (typeof transactions.$inferSelect)[],
  lang: TLanguage,
): TCase[] {
  return [
    ...profiles.map(({ profile, displayName }) => ({
      subjectType: 'risk_profile' as const,
      subjectId: profile.id,
      title: profileCaseTitle(displayName, profile.role)(lang),
      contactId: profile.contactId,
      status: (profile.decision as DecisionState).status,
      level: profile.level,
      awaiting: awaitedParty(profile.decision as DecisionState),
      updatedAt: profile.updatedAt.toISOString(),
      updatedAtDate: profile.updatedAt,
    })),
    ...deals.map((deal) => ({
      subjectType: 'transaction' as const,
      subjectId: deal.id,
      title: deal.reference,
      contactId: null,
      status: (deal.decision as DecisionState).status,
      level: deal.level,
      awaiting: awaitedParty(deal.decision as DecisionState),
      updatedAt: deal.updatedAt.toISOString(),
      updatedAtDate: deal.updatedAt,
    })),
  ];
}

/**
 * The Declarations page: heightened-vigilance cases of contacts and transactions declared to the
 * officer, newest activity first, each with its timeline.
 */
export async function listDeclarations(
  ctx: TAppContext,
  actor: TActor,
  filter: TDeclarationsFilter,
  page: number,
  pageSize: number,
  lang: TLanguage,
  criteria: TDeclarationsCriteria = {},
): Promise<{ items: TDeclarationItem[]; total: number }> {
  const limit = page * pageSize;
  const profileWhere = and(
    eq(riskProfiles.organisationId, actor.organisationId),
    filterCondition(
      filter,
      riskProfiles.id,
      riskProfiles.status,
      riskProfiles.decision,
      riskProfiles.updatedAt,
      actor.userId,
      criteria,
    ),
  );
  const transactionWhere = and(
    eq(transactions.organisationId, actor.organisationId),
    filterCondition(
      filter,
      transactions.id,
      transactions.status,
      transactions.decision,
      transactions.updatedAt,
      actor.userId,
      criteria,
    ),
  );
  // Four independent reads, in parallel on the pool.
  const [profiles, deals, [profileCount], [dealCount]] = await Promise.all([
    ctx.db
      .select({ profile: riskProfiles, displayName: contacts.displayName })
      .from(riskProfiles)
      .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
      .where(profileWhere)
      .orderBy(desc(riskProfiles.updatedAt))
      .limit(limit),
    ctx.db
      .select()
      .from(transactions)
      .where(transactionWhere)
      .orderBy(desc(transactions.updatedAt))
      .limit(limit),
    ctx.db.select({ n: count() }).from(riskProfiles).where(profileWhere),
    ctx.db.select({ n: count() }).from(transactions).where(transactionWhere),
  ]);
  const cases = casesOf(profiles, deals, lang);
  const pageItems = cases
    .sort((a, b) => b.updatedAtDate.getTime() - a.updatedAtDate.getTime())
    .slice((page - 1) * pageSize, limit);
  // Every timeline of the page in one query, not one per case.
  const timelines = await caseTimelines(ctx.db, actor.organisationId, pageItems, actor.userId);
  const items = pageItems.map(({ updatedAtDate: _d, ...item }) => {
    const timeline = timelines.get(item.subjectId) ?? [];
    return { ...item, timeline, reportedToCtif: timeline.some((e) => e.action === 'report-to-ctif') };
  });
  return { items, total: (profileCount?.n ?? 0) + (dealCount?.n ?? 0) };
}
