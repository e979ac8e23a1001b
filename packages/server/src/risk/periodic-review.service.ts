import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TReviewItem, TReviewsResponse } from '@vigilo/domain/contracts/reviews.ts';
import {
  addDays,
  daysUntilReview,
  REVIEW_DUE_SOON_DAYS,
  reviewDueDate,
  reviewNoticeOwed,
  reviewStatus,
  weeklyDigestOwed,
} from '@vigilo/domain/risk/index.ts';
import { contactsWithReviewBy } from '../contacts/reviews-due.ts';
import type { TAppContext } from '../context.ts';
import type { TDb, TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { formatDay } from '../i18n/date-formats.ts';
import { translator } from '../i18n/i18n.ts';
import { enqueueJob, type TJobHandler } from '../jobs/jobs.service.ts';
import { lastNotices } from '../notifications/last-notices.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { activeMembersAmong, type TMemberUser } from '../organisations/active-members.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';

/**
 * A contact's review date for a profile computed at `computedAt`: the domain's rule (`reviewDueDate`:
 * 31 January + 1 month = end of February) applied to the Belgian day of the computation.
 */
export function contactReviewDueOn(computedAt: Date, months: number): string {
  return reviewDueDate(brusselsDay(computedAt), months);
}

/** Contacts whose review is overdue or due within the window, earliest first; refused contacts are done. */
function findDueReviews(db: TDbOrTx, today: string, organisationId?: string) {
  return contactsWithReviewBy(db, addDays(today, REVIEW_DUE_SOON_DAYS), organisationId);
}

type TDueRow = Awaited<ReturnType<typeof findDueReviews>>[number];

function toItem(row: TDueRow, today: string): TReviewItem {
  return {
    contactId: row.contactId,
    displayName: row.displayName,
    kind: row.kind,
    vigilanceLevel: row.vigilanceLevel,
    reviewDueAt: row.reviewDueAt!,
    daysLeft: daysUntilReview(row.reviewDueAt!, today),
  };
}

/** Reviews overdue and due within 30 days (issue 14, item 9), for every tool user of the agency. */
export async function listReviews(
  ctx: TAppContext,
  actor: TActor,
  now = new Date(),
): Promise<TReviewsResponse> {
  const today = brusselsDay(now);
  const rows = await findDueReviews(ctx.db, today, actor.organisationId);
  const items = rows.map((row) => toItem(row, today));
  return {
    today,
    dueSoonDays: REVIEW_DUE_SOON_DAYS,
    overdue: items.filter((i) => reviewStatus(i.reviewDueAt, today) === 'overdue'),
    dueSoon: items.filter((i) => reviewStatus(i.reviewDueAt, today) === 'due-soon'),
  };
}

export const reviewRemindersJob = 'risk.review_reminders_daily';

const runAtOf = (day: string) => new Date(`${day}T05:00:00Z`);

/** Queues today's pass (at start-up); each pass queues the next day's, so the chain never stops. */
export async function scheduleReviewReminders(db: TDbOrTx, now = new Date()): Promise<void> {
  const day = brusselsDay(now);
  await enqueueJob(db, reviewRemindersJob, { day }, { runAt: now, dedupeKey: day, maxAttempts: 5 });
}

export function createReviewRemindersHandler(db: TDb, publicUrl: string): TJobHandler {
  return async () => {
    const now = new Date();
    const tomorrow = addDays(brusselsDay(now), 1);
    // Queued first: a failing pass is retried, and tomorrow's still comes.
    await enqueueJob(
      db,
      reviewRemindersJob,
      { day: tomorrow },
      { runAt: runAtOf(tomorrow), dedupeKey: tomorrow, maxAttempts: 5 },
    );
    await runReviewReminders(db, publicUrl, now);
  };
}

/** Day of the latest notification of `kind` per subject (or per recipient for the digest). */
async function lastNoticeDays(
  db: TDbOrTx,
  kind: string,
  key: 'subjectId' | 'userId',
  ids: string[],
  organisationId?: string,
) {
  const last = await lastNotices(db, kind, key, ids, organisationId);
  return new Map([...last].map(([id, at]) => [id, brusselsDay(at)]));
}

export type TReviewReminderReport = { dueSoon: number; overdue: number; digests: number };

type TUser = TMemberUser;
type TPass = {
  tx: TTx;
  publicUrl: string;
  organisationId: string;
  today: string;
  report: TReviewReminderReport;
};

/**
 * One pass: tells the contact's author (else the officers) once when its review comes due within 30
 * days and once when it is overdue, in the application and by e-mail; sends each officer the weekly
 * digest of every review due or overdue. Idempotent within a day.
 */
export async function runReviewReminders(
  db: TDb,
  publicUrl: string,
  now = new Date(),
): Promise<TReviewReminderReport> {
  const today = brusselsDay(now);
  const due = await findDueReviews(db, today);
  const report: TReviewReminderReport = { dueSoon: 0, overdue: 0, digests: 0 };
  const ids = due.map((d) => d.contactId);
  const lastNotices = {
    'due-soon': await lastNoticeDays(db, 'review_due_soon', 'subjectId', ids),
    overdue: await lastNoticeDays(db, 'review_overdue', 'subjectId', ids),
  };

  const byOrganisation = new Map<string, TDueRow[]>();
  for (const row of due)
    byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row]);

  for (const [organisationId, rows] of byOrganisation) {
    await db.transaction(async (tx) => {
      const pass: TPass = { tx, publicUrl, organisationId, today, report };
      const officers = (await findOfficers(tx, organisationId)).map((o) => o.user);
      const authors = await activeAuthors(tx, organisationId, rows);
      for (const row of rows) await remindOfReview(pass, row, lastNotices, authors, officers);
      await sendReviewDigests(pass, rows, officers);
    });
  }
  return report;
}

/** The contacts' authors who are still active members of the organisation. */
async function activeAuthors(tx: TDbOrTx, organisationId: string, rows: TDueRow[]): Promise<TUser[]> {
  return activeMembersAmong(
    tx,
    organisationId,
    rows.flatMap((r) => (r.createdBy ? [r.createdBy] : [])),
  );
}

/** The due-soon or overdue notice of one contact, to its author (else the officers), once. */
async function remindOfReview(
  pass: TPass,
  row: TDueRow,
  lastNotices: Record<'due-soon' | 'overdue', Map<string, string>>,
  authors: TUser[],
  officers: TUser[],
) {
  const { tx, publicUrl, organisationId, today, report } = pass;
  const dueOn = row.reviewDueAt!;
  const kind = reviewStatus(dueOn, today) === 'overdue' ? 'overdue' : 'due-soon';
  const last = lastNotices[kind].get(row.contactId) ?? null;
  if (!reviewNoticeOwed(kind, dueOn, today, last)) return;
  const author = authors.find((a) => a.id === row.createdBy);
  const recipients = author ? [author] : officers;
  await notify(tx, publicUrl, recipients, {
    organisationId,
    kind: kind === 'overdue' ? 'review_overdue' : 'review_due_soon',
    subjectType: 'contact',
    subjectId: row.contactId,
    title: row.displayName,
    mail: {
      template: kind === 'overdue' ? 'reviewOverdue' : 'reviewDueSoon',
      vars: { due: dueOn },
      path: `/contacts/${row.contactId}`,
    },
  });
  await emitWebhookEvent(tx, organisationId, 'contact.review_due', {
    contactId: row.contactId,
    dueOn,
    overdue: kind === 'overdue',
  });
  if (kind === 'overdue') report.overdue += 1;
  else report.dueSoon += 1;
}

/** Each officer's weekly digest of the organisation's reviews overdue and due soon. */
async function sendReviewDigests(pass: TPass, rows: TDueRow[], officers: TUser[]) {
  const { tx, publicUrl, organisationId, today, report } = pass;
  const lastDigest = await lastNoticeDays(
    tx,
    'review_digest',
    'userId',
    officers.map((o) => o.id),
    organisationId,
  );
  const overdue = rows.filter((r) => reviewStatus(r.reviewDueAt, today) === 'overdue');
  const dueSoon = rows.filter((r) => reviewStatus(r.reviewDueAt, today) === 'due-soon');
  for (const officer of officers) {
    if (!weeklyDigestOwed(today, lastDigest.get(officer.id) ?? null)) continue;
    const lang = officer.language as TLanguage;
    const t = translator(lang);
    const line = (r: TDueRow) => `- ${r.displayName} (${formatDay(r.reviewDueAt ?? '', lang)})`;
    await notify(tx, publicUrl, [officer], {
      organisationId,
      kind: 'review_digest',
      subjectType: 'reviews',
      subjectId: organisationId,
      title: (l) =>
        translator(l)('mail:reviewDigest.title', { overdue: overdue.length, dueSoon: dueSoon.length }),
      mail: {
        template: 'reviewDigest',
        vars: {
          overdue: String(overdue.length),
          dueSoon: String(dueSoon.length),
          list: [
            `${t('mail:reviewDigest.overdueHeading')}`,
            ...(overdue.length ? overdue.map(line) : [t('mail:reviewDigest.none')]),
            '',
            `${t('mail:reviewDigest.dueSoonHeading', { days: REVIEW_DUE_SOON_DAYS })}`,
            ...(dueSoon.length ? dueSoon.map(line) : [t('mail:reviewDigest.none')]),
          ].join('\n'),
        },
        path: '/reviews',
      },
    });
    report.digests += 1;
  }
}
