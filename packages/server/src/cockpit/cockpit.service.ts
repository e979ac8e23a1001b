import {
  attendeesName,
  CASE_AGE_BUCKETS,
  caseAgeBucket,
  caseAgeRange,
  DOCUMENT_EXPIRY_WINDOW_DAYS,
  DUE_SOON_DAYS,
  daysBetween,
  isListStale,
  isTrainingCurrent,
  lastTwelveMonths,
  monthRange,
  type TCaseAgeBucket,
} from '@vigilo/domain/cockpit/index.ts';
import type {
  TAgencyCockpit,
  TCockpitItemsQuery,
  TCockpitItemsResponse,
  TListFreshness,
  TOfficerCockpit,
  TOperatorCockpit,
} from '@vigilo/domain/contracts/cockpit.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { listTrainings } from '../officer-reports/annual-report.service.ts';
import { listMembers } from '../organisations/members.service.ts';
import { listRetention } from '../records/retention.service.ts';
import { activeVersions, type TActiveListVersion } from '../screening/list-versions.service.ts';
import { listSubscriptions } from '../wallet/subscriptions.service.ts';
import { walletBalanceCents } from '../wallet/wallet-ledger.ts';
import { assertCanSeeAgencyCockpit } from './cockpit.policy.ts';
import * as repo from './cockpit.repository.ts';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
/** Every status a case can be in: the monthly figures count cases whatever happened to them since. */
const allStatuses = [...repo.openCaseStatuses, 'accepted', 'refused'];
const firstOfMonth = (month: string) => new Date(`${month}-01T00:00:00Z`);

function presentLists(versions: TActiveListVersion[], now: Date): TListFreshness[] {
  return versions
    .map((v) => ({
      source: v.source,
      listDate: v.listDate,
      importedAt: v.importedAt.toISOString(),
      ageDays: daysBetween(v.importedAt, now),
      isStale: isListStale(v.importedAt, now),
    }))
    .sort((a, b) => a.source.localeCompare(b.source));
}

/** The officer's cockpit: open cases, hits, reviews, documents, retention proposals, lists, a year of outcomes. */
export async function getOfficerCockpit(
  ctx: TAppContext,
  actor: TActor,
  now = new Date(),
): Promise<TOfficerCockpit> {
  const org = actor.organisationId;
  const today = isoDay(now);
  const months = lastTwelveMonths(now);
  const [cases, hitsToReview, reviews, documents, retention, versions, outcomes] = await Promise.all([
    repo.countOpenCases(ctx.db, org, now),
    repo.countOpenHits(ctx.db, org),
    repo.countReviews(ctx.db, org, today, isoDay(addDays(now, DUE_SOON_DAYS))),
    repo.countExpiringDocuments(ctx.db, org, today, isoDay(addDays(now, DOCUMENT_EXPIRY_WINDOW_DAYS))),
    listRetention(ctx, actor, { filter: 'proposals', withinDays: 365 }),
    activeVersions(ctx.db, org),
    repo.countMonthlyOutcomes(ctx.db, org, firstOfMonth(months[0]!)),
  ]);

  const byAwaited = { collaborator: 0, officer: 0, ctif: 0 };
  const byAge = Object.fromEntries(CASE_AGE_BUCKETS.map((b) => [b, 0])) as Record<
    (typeof CASE_AGE_BUCKETS)[number],
    number
  >;
  for (const row of cases) {
    // The status column mirrors `decision.status`; only the status decides who is awaited.
    const party = awaitedParty({ status: row.status } as DecisionState);
    if (!party) continue;
    byAwaited[party] += row.n;
    byAge[caseAgeBucket(Math.max(0, row.days))] += row.n;
  }

  return {
    computedAt: now.toISOString(),
    openCases: { byAwaited, byAge },
    hitsToReview,
    reviews: { ...reviews, dueSoonDays: DUE_SOON_DAYS },
    documents: { ...documents, windowDays: DOCUMENT_EXPIRY_WINDOW_DAYS },
    relationshipsProposedForEnding: retention.items.length,
    lists: presentLists(versions, now),
    months: months.map((month) => {
      const rows = outcomes.assessed.filter((r) => r.month === month);
      return {
        month,
        assessed: rows.reduce((sum, r) => sum + r.assessed, 0),
        heightened: rows.reduce((sum, r) => sum + r.heightened, 0),
        reportsToCtif: outcomes.reports.find((r) => r.month === month)?.n ?? 0,
      };
    }),
  };
}

/** The agency's part (managers and officers): activity per month, wallet against subscription, training. */
export async function getAgencyCockpit(
  ctx: TAppContext,
  actor: TActor,
  now = new Date(),
): Promise<TAgencyCockpit> {
  assertCanSeeAgencyCockpit(actor);
  const months = lastTwelveMonths(now);
  const [perMonth, balanceCents, subscriptions, members, trainings] = await Promise.all([
    repo.countTransactionsPerMonth(ctx.db, actor.organisationId, firstOfMonth(months[0]!)),
    walletBalanceCents(ctx.db, actor.organisationId),
    listSubscriptions(ctx, actor),
    listMembers(ctx, actor),
    listTrainings(ctx, actor),
  ]);
  const active = subscriptions.find((s) => s.isActive) ?? null;
  const today = isoDay(now);
  return {
    transactionsPerMonth: months.map((month) => ({
      month,
      count: perMonth.find((r) => r.month === month)?.n ?? 0,
    })),
    wallet: {
      balanceCents,
      subscription: active && {
        planCode: active.planCode,
        expiresAt: active.expiresAt,
        includedTransactions: active.includedTransactions,
        usedTransactions: active.usedTransactions,
      },
    },
    training: members
      .filter((m) => m.status === 'active' && m.toolRole !== 'none')
      .map((m) => {
        // Trainings come newest first: the first one recording the member (or, in sessions logged before
        // attendees were members, naming them) is their last.
        const last = trainings.items.find(
          (tr) =>
            tr.attendeeMembers.some((a) => a.userId === m.userId) ||
            attendeesName(tr.attendees, m.firstName, m.lastName),
        );
        const lastTrainingOn = last?.heldOn ?? null;
        return {
          memberId: m.id,
          name: `${m.firstName} ${m.lastName}`,
          toolRole: m.toolRole as 'collaborator' | 'officer',
          lastTrainingOn,
          isCurrent: isTrainingCurrent(lastTrainingOn, today),
        };
      })
      .sort((a, b) => Number(a.isCurrent) - Number(b.isCurrent) || a.name.localeCompare(b.name)),
  };
}

/** The records behind a figure that has no filtered list page elsewhere. */
export async function listCockpitItems(
  ctx: TAppContext,
  actor: TActor,
  query: TCockpitItemsQuery,
  now = new Date(),
): Promise<TCockpitItemsResponse> {
  return { items: await findItems(ctx, actor.organisationId, query, now) };
}

function findItems(ctx: TAppContext, org: string, query: TCockpitItemsQuery, now: Date) {
  const today = isoDay(now);
  const month = query.month ? monthRange(query.month) : null;
  const created = month && {
    from: new Date(`${month.from}T00:00:00Z`),
    to: addDays(new Date(`${month.to}T00:00:00Z`), 1),
  };
  switch (query.figure) {
    case 'open-hits':
      return repo.findContactsWithOpenHits(ctx.db, org);
    case 'reviews-due-soon':
      return repo.findReviewsDueSoon(ctx.db, org, today, isoDay(addDays(now, DUE_SOON_DAYS)));
    case 'documents-expiring':
      return repo.findExpiringDocuments(ctx.db, org, isoDay(addDays(now, DOCUMENT_EXPIRY_WINDOW_DAYS)));
    case 'cases-awaiting-collaborator':
      return repo.findCases(ctx.db, org, { statuses: ['draft', 'computed'], now });
    case 'cases-under7':
    case 'cases-from7to30':
    case 'cases-over30': {
      const bucket = query.figure.slice('cases-'.length) as TCaseAgeBucket;
      return repo.findCases(ctx.db, org, {
        statuses: repo.openCaseStatuses,
        days: caseAgeRange(bucket),
        now,
      });
    }
    case 'heightened':
      return repo.findCases(ctx.db, org, {
        statuses: allStatuses,
        created: created!,
        level: 'heightened',
        now,
      });
    case 'reports-to-ctif':
      return repo.findReportedCases(ctx.db, org, created!.from, created!.to);
  }
}

/** The platform administrator's operator page: lists, job queue, mail failures, organisations to allow. */
export async function getOperatorCockpit(ctx: TAppContext, now = new Date()): Promise<TOperatorCockpit> {
  const [versions, jobCounts, jobFailures, mailCounts, mailFailures, awaiting] = await Promise.all([
    activeVersions(ctx.db, null),
    repo.countJobs(ctx.db),
    repo.findRecentJobFailures(ctx.db),
    repo.countMail(ctx.db),
    repo.findRecentMailFailures(ctx.db),
    repo.findOrganisationsAwaitingAllowListing(ctx.db),
  ]);
  return {
    lists: presentLists(versions, now),
    jobs: {
      ...jobCounts,
      recentFailures: jobFailures.map((j) => ({
        id: j.id,
        kind: j.kind,
        attempts: j.attempts,
        lastError: j.lastError,
        at: (j.finishedAt ?? j.runAt).toISOString(),
      })),
    },
    mail: {
      ...mailCounts,
      recentFailures: mailFailures.map((m) => ({
        id: m.id,
        toAddress: m.toAddress,
        template: m.template,
        lastError: m.lastError,
        createdAt: m.createdAt.toISOString(),
      })),
    },
    organisationsAwaitingAllowListing: awaiting.map((o) => ({
      ...o,
      createdAt: o.createdAt.toISOString(),
    })),
  };
}
