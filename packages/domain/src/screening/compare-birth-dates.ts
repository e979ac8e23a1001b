import type { CountryAgreement, DateAgreement, ListBirthDate } from './types.ts';

/** Score adjustment per agreement: a matching birth date confirms a name, a different one dismisses it. */
export const BIRTH_DATE_ADJUSTMENTS: Readonly<Record<DateAgreement, number>> = {
  exact: 0.08,
  month: 0.06,
  year: 0.05,
  range: 0.03,
  near: 0,
  conflict: -0.25,
  unknown: 0,
};

/**
 * A date one year off (or another day of the same year) may be a typo when everything else agrees; when
 * the nationality contradicts as well, two independent facts point to someone else: it counts against.
 */
const NEAR_DATE_WITH_OTHER_NATIONALITY = -0.1;

/** The birth-date adjustment, given the country evidence of the same hit. */
export function birthDateAdjustment(date: DateAgreement, countries: CountryAgreement): number {
  return date === 'near' && countries === 'conflict'
    ? NEAR_DATE_WITH_OTHER_NATIONALITY
    : BIRTH_DATE_ADJUSTMENTS[date];
}

const CIRCA_YEARS = 2;
const RANK: readonly DateAgreement[] = ['exact', 'month', 'year', 'range', 'near', 'conflict', 'unknown'];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/**
 * Compares a query birth date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) with the birth dates of a list entry
 * (exact dates of any precision, ranges, circa) and returns the best agreement: `exact` (same day),
 * `month`, `year`, `range` (inside a published range or circa span), `near` (one year off, or same year
 * with a different day: a typo is possible), `conflict`, or `unknown` when either side has no date.
 */
export function compareBirthDates(
  query: string | undefined,
  listed: readonly ListBirthDate[],
): DateAgreement {
  const queryDate = query ? parseDate(query) : null;
  if (!queryDate || listed.length === 0) return 'unknown';
  let best: DateAgreement = 'unknown';
  for (const date of listed) {
    const agreement = compareWithOne(queryDate, date);
    if (RANK.indexOf(agreement) < RANK.indexOf(best)) best = agreement;
  }
  return best;
}

function compareWithOne(query: DateParts, listed: ListBirthDate): DateAgreement {
  const from = parseDate(listed.from);
  if (!from) return 'unknown';
  const to = listed.to ? parseDate(listed.to) : null;
  if (to || listed.circa) {
    const spread = listed.circa ? CIRCA_YEARS : 0;
    const low = from.year - spread;
    const high = (to ?? from).year + spread;
    if (query.year >= low && query.year <= high) return 'range';
    return query.year === low - 1 || query.year === high + 1 ? 'near' : 'conflict';
  }
  if (query.year !== from.year) return Math.abs(query.year - from.year) === 1 ? 'near' : 'conflict';
  if (query.month === undefined || from.month === undefined) return 'year';
  if (query.month !== from.month) return 'near';
  if (query.day === undefined || from.day === undefined) return 'month';
  return query.day === from.day ? 'exact' : 'near';
}

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null for anything else. */
export function parseDate(text: string): DateParts | null {
  const match = DATE_PATTERN.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match;
  return {
    year: Number(year),
    ...(month && month !== '00' ? { month: Number(month) } : {}),
    ...(day && day !== '00' ? { day: Number(day) } : {}),
  };
}
