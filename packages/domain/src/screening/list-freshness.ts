/**
 * How current the reference data are. Sanctions lists are dated by their publisher (EU
 * `generationDate`, UN `dateGenerated`…); the FATF revises its lists at three plenaries a year
 * (February, June, October), so a country-risk version older than the last plenary needs a review.
 */

const dayMs = 86_400_000;

/** Whole days from an ISO day (YYYY-MM-DD) to `now`. */
export function ageInDays(isoDay: string, now: Date): number {
  const start = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(start)) return Number.POSITIVE_INFINITY;
  return Math.floor((now.getTime() - start) / dayMs);
}

/** A list published more than `staleDays` days ago is stale. */
export function isListStale(listDate: string, now: Date, staleDays: number): boolean {
  return ageInDays(listDate, now) > staleDays;
}

/** A source failing without interruption for longer than `alertHours` hours must be brought to an administrator. */
export function isFailingTooLong(failingSince: Date | null, now: Date, alertHours: number): boolean {
  return failingSince !== null && now.getTime() - failingSince.getTime() > alertHours * 3_600_000;
}

const plenaryMonths = [1, 5, 9] as const; // February, June, October (0-based months)

/** The first day (YYYY-MM-01) of the latest FATF plenary month that has fully ended by `now`. */
export function latestEndedPlenaryMonth(now: Date): string {
  for (let year = now.getUTCFullYear(); ; year -= 1) {
    for (const month of [...plenaryMonths].reverse()) {
      const end = Date.UTC(year, month + 1, 1);
      if (end <= now.getTime()) return `${year}-${String(month + 1).padStart(2, '0')}-01`;
    }
  }
}

/** A country-risk version published before the last ended plenary month is due for review. */
export function isCountryRiskReviewDue(publishedOn: string, now: Date): boolean {
  return publishedOn.slice(0, 10) < latestEndedPlenaryMonth(now);
}
