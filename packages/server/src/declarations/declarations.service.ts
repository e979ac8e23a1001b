import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { caseEvents, riskProfiles } from '../risk/risk.schema.ts';
import { caseTimeline } from './case-workflow.ts';

export type TDeclarationsFilter = 'awaiting-officer' | 'awaiting-ctif' | 'open' | 'all';

const statusesFor: Record<Exclude<TDeclarationsFilter, 'all'>, string[]> = {
  'awaiting-officer': ['awaiting-officer', 'ctif-answered'],
  'awaiting-ctif': ['awaiting-ctif'],
  open: ['awaiting-officer', 'awaiting-ctif', 'ctif-answered'],
};

/**
 * The Declarations page: heightened-vigilance cases declared to the officer, with their timelines.
 * `all` lists every case that was ever declared (a motivated proposal was made), closed ones included.
 */
export async function listDeclarations(
  ctx: TAppContext,
  actor: TActor,
  filter: TDeclarationsFilter,
  page: number,
  pageSize: number,
): Promise<{ items: TDeclarationItem[]; total: number }> {
  const where: SQL[] = [eq(riskProfiles.organisationId, actor.organisationId)];
  if (filter === 'all') {
    where.push(
      sql`exists (select 1 from ${caseEvents} e where e.subject_id = ${riskProfiles.id} and e.action = 'propose')`,
    );
  } else {
    where.push(inArray(riskProfiles.status, statusesFor[filter]));
  }
  const rows = await ctx.db
    .select({ profile: riskProfiles, displayName: contacts.displayName })
    .from(riskProfiles)
    .innerJoin(contacts, eq(contacts.id, riskProfiles.contactId))
    .where(and(...where))
    .orderBy(desc(riskProfiles.updatedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(riskProfiles)
    .where(and(...where));
  const items = await Promise.all(
    rows.map(async ({ profile, displayName }) => {
      const state = profile.decision as DecisionState;
      const timeline = await caseTimeline(ctx.db, actor.organisationId, 'risk_profile', profile.id);
      return {
        subjectType: 'risk_profile' as const,
        subjectId: profile.id,
        title: `${displayName} (${profile.role}, v${profile.contactVersionNo})`,
        contactId: profile.contactId,
        status: state.status,
        level: profile.level,
        awaiting: awaitedParty(state),
        reportedToCtif: timeline.some((e) => e.action === 'report-to-ctif'),
        updatedAt: profile.updatedAt.toISOString(),
        timeline,
      };
    }),
  );
  return { items, total: total?.n ?? 0 };
}
