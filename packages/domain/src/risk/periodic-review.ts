/**
 * Periodic review of risk profiles (issue 14, item 9). A computed profile sets the contact's review date
 * (policy `reviewPeriodMonths`, at most 24 months: identification data are re-verified at least every two
 * years, 2022 regl.; the law requires ongoing due diligence, loi art. 35). Reviews coming due are shown
 * and notified before they are late; an overdue review forbids using the profile in a new transaction
 * until the profile is computed again. Days are ISO dates (`YYYY-MM-DD`) given by the caller.
 */

/** Reviews due within this many days are "due soon" (a product choice, as the cockpit's window). */
export const REVIEW_DUE_SOON_DAYS = 30;

export type ReviewStatus = 'none' | 'current' | 'due-soon' | 'overdue';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(day: string): number {
  if (!ISO_DAY.test(day)) throw new RangeError(`not an ISO date: ${day}`);
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  return new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `today` to `dueOn`: negative once the review date has passed. */
export function daysUntilReview(dueOn: string, today: string): number {
  return dayNumber(dueOn) - dayNumber(today);
}

/**
 * Where a review stands on `today`: `overdue` from its due date on (the day itself included: a review is
 * done before its date, as the Contacts page's review filter shows), `due-soon` within
 * {@link REVIEW_DUE_SOON_DAYS} days, `current` beyond, `none` without a computed profile.
 */
export function reviewStatus(dueOn: string | null, today: string): ReviewStatus {
  if (dueOn === null) return 'none';
  const days = daysUntilReview(dueOn, today);
  if (days <= 0) return 'overdue';
  if (days <= REVIEW_DUE_SOON_DAYS) return 'due-soon';
  return 'current';
}

/**
 * The review date of a profile computed on `computedOn`: `months` calendar months later; a day that
 * does not exist in the target month becomes its last day (31 January + 1 month = 28/29 February), so a
 * review is never pushed past the period the policy sets.
 */
export function reviewDueDate(computedOn: string, months: number): string {
  const [year, month, day] = computedOn.slice(0, 10).split('-').map(Number) as [number, number, number];
  dayNumber(computedOn.slice(0, 10));
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

export type ProfileUseRefusal = { code: 'review-overdue'; dueOn: string };

/**
 * Whether a contact's accepted profile may be used in a new transaction on `today`: not once its review
 * is overdue (ongoing due diligence, loi art. 35 §1; 2022 regl.). Profiles without a review date (never
 * computed) are refused elsewhere, for having no accepted profile.
 */
export function checkProfileUsableForNewTransaction(
  dueOn: string | null,
  today: string,
): { ok: true } | { ok: false; error: ProfileUseRefusal } {
  if (dueOn !== null && reviewStatus(dueOn, today) === 'overdue') {
    return { ok: false, error: { code: 'review-overdue', dueOn } };
  }
  return { ok: true };
}

/**
 * Whether a "review due soon" notice is owed for a review due on `dueOn`: once the review enters the
 * due-soon window, and only if none was sent since the window opened (so a missed day of the job still
 * sends it, and a new review date starts a new window).
 */
export function reviewNoticeOwed(
  kind: 'due-soon' | 'overdue',
  dueOn: string,
  today: string,
  lastNoticeOn: string | null,
): boolean {
  const status = reviewStatus(dueOn, today);
  const windowStart = kind === 'due-soon' ? addDays(dueOn, -REVIEW_DUE_SOON_DAYS) : dueOn;
  if (kind === 'due-soon' && status !== 'due-soon') return false;
  if (kind === 'overdue' && status !== 'overdue') return false;
  return lastNoticeOn === null || lastNoticeOn < windowStart;
}

/**
 * Whether the officer's weekly digest of reviews is owed on `today`: on Mondays (once), or whenever the
 * last one is a week old or more (a pass missed on a Monday still sends it), or if none was ever sent.
 */
export function weeklyDigestOwed(today: string, lastDigestOn: string | null): boolean {
  if (lastDigestOn === null) return true;
  if (lastDigestOn >= today) return false;
  const isMonday = new Date(`${today}T00:00:00Z`).getUTCDay() === 1;
  return isMonday || daysUntilReview(today, lastDigestOn) >= 7;
}
