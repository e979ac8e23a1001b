import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import type { TAppContext } from '../context.ts';
import {
  findDeclaredCases,
  type TDeclarationsCriteria,
  type TDeclarationsFilter,
  type TDeclaredCases,
  type TDeclaredCasesSource,
} from '../declarations/declared-cases.ts';
import type { TActor } from '../http/actor.ts';
import { profileCaseTitle } from '../risk/case-title.ts';
import { declaredProfilesSource } from '../risk/risk.reads.ts';
import { declaredTransactionsSource } from '../transactions/transactions.reads.ts';

type TCase = TDeclarationItem & { updatedAtDate: Date };

/**
 * The Declarations page: heightened-vigilance cases of contacts and transactions declared to the
 * officer, newest activity first, each marked when the viewer sees it reported to CTIF-CFI (its timeline
 * is read from the case). It sits above the risk and transactions modules, whose cases it merges; each
 * module reads its own table, in one statement with its names, marks and count (issue 21).
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
  const query = { organisationId: actor.organisationId, filter, viewerUserId: actor.userId, criteria, limit };
  const [profiles, deals] = await findDeclaredCases(
    ctx.db,
    query,
    declaredProfilesSource,
    declaredTransactionsSource,
  );
  const items = [...profileCases(profiles.rows, lang), ...transactionCases(deals.rows)]
    .sort((a, b) => b.updatedAtDate.getTime() - a.updatedAtDate.getTime())
    .slice((page - 1) * pageSize, limit)
    .map(({ updatedAtDate: _d, ...item }) => item);
  return { items, total: profiles.total + deals.total };
}

type TDeclaredProfile = TDeclaredCases<TRowOf<typeof declaredProfilesSource>>['rows'][number];
type TDeclaredTransaction = TDeclaredCases<TRowOf<typeof declaredTransactionsSource>>['rows'][number];
type TRowOf<F> = F extends TDeclaredCasesSource<infer TRow> ? TRow : never;

/** The contacts' risk profiles as cases, titled with the contact's name. */
function profileCases(profiles: TDeclaredProfile[], lang: TLanguage): TCase[] {
  // A profile whose contact is gone (purged) has no case to show, as when this read was a join.
  return profiles.flatMap((profile) =>
    profile.contactName === null
      ? []
      : [
          {
            subjectType: 'risk_profile' as const,
            subjectId: profile.id,
            title: profileCaseTitle(profile.contactName, profile.role)(lang),
            contactId: profile.contactId,
            status: (profile.decision as DecisionState).status,
            level: profile.level,
            awaiting: awaitedParty(profile.decision as DecisionState),
            reportedToCtif: profile.reportedToCtif,
            updatedAt: profile.updatedAt.toISOString(),
            updatedAtDate: profile.updatedAt,
          },
        ],
  );
}

function transactionCases(deals: TDeclaredTransaction[]): TCase[] {
  return deals.map((deal) => ({
    subjectType: 'transaction' as const,
    subjectId: deal.id,
    title: deal.reference,
    contactId: null,
    status: (deal.decision as DecisionState).status,
    level: deal.level,
    awaiting: awaitedParty(deal.decision as DecisionState),
    reportedToCtif: deal.reportedToCtif,
    updatedAt: deal.updatedAt.toISOString(),
    updatedAtDate: deal.updatedAt,
  }));
}
