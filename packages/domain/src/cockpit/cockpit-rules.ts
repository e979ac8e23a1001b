/**
 * The cockpit's thresholds: when a figure turns from "fine" to "needs a look". Pure and dated by the
 * caller, so every boundary is tested without a clock.
 */

/** How long a case has waited since its last move, in the buckets the cockpit shows. */
export const CASE_AGE_BUCKETS = ['under7', 'from7to30', 'over30'] as const;
export type TCaseAgeBucket = (typeof CASE_AGE_BUCKETS)[number];

const DAY_MS = 86_400_000;

export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}

/** Whole days since the case last moved, both ends included (a clock skew counts as today). */
const CASE_AGE_RANGES: Record<TCaseAgeBucket, { min: number; max: number }> = {
  under7: { min: Number.MIN_SAFE_INTEGER, max: 6 },
  from7to30: { min: 7, max: 30 },
  over30: { min: 31, max: Number.MAX_SAFE_INTEGER },
};

export function caseAgeRange(bucket: TCaseAgeBucket): { min: number; max: number } {
  return CASE_AGE_RANGES[bucket];
}

/** `days`: whole days since the case last moved. */
export function caseAgeBucket(days: number): TCaseAgeBucket {
  return CASE_AGE_BUCKETS.find((b) => days <= CASE_AGE_RANGES[b].max) ?? 'over30';
}

/**
 * Official lists change several times a week (EU, UN, OFAC): a list not re-imported for a week may miss
 * new designations. A product threshold, not a legal term (docs/DOMAIN.md, "Cockpit").
 */
export const LIST_STALE_AFTER_DAYS = 7;

export function isListStale(importedAt: Date, now: Date): boolean {
  return daysBetween(importedAt, now) > LIST_STALE_AFTER_DAYS;
}

/** Reviews and identity documents coming due within this window are shown before they are late. */
export const DUE_SOON_DAYS = 30;
export const DOCUMENT_EXPIRY_WINDOW_DAYS = 60;

/**
 * Staff must be trained in AML regularly; the law sets no period, so the cockpit counts a person as
 * current when a training recorded them in the last 12 months (product choice, docs/DOMAIN.md "Cockpit").
 */
export const TRAINING_CURRENT_MONTHS = 12;

export function isTrainingCurrent(lastTrainingOn: string | null, today: string): boolean {
  if (!lastTrainingOn) return false;
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - TRAINING_CURRENT_MONTHS);
  return lastTrainingOn >= limit.toISOString().slice(0, 10);
}

/**
 * Whether a training's free-text attendee list names a person: their "first last" or "last first",
 * ignoring case and accents (the training log records names as typed by the officer).
 */
export function attendeesName(attendees: string, firstName: string, lastName: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  const text = fold(attendees);
  const first = fold(firstName);
  const last = fold(lastName);
  if (!first || !last) return false;
  return text.includes(`${first} ${last}`) || text.includes(`${last} ${first}`);
}

/** The twelve calendar months ending with the month of `now` (UTC), oldest first, as `YYYY-MM`. */
export function lastTwelveMonths(now: Date): string[] {
  const months: string[] = [];
  for (let back = 11; back >= 0; back -= 1) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  return months;
}

/** First and last day of a `YYYY-MM` month: the date filters of the list behind a monthly figure. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
