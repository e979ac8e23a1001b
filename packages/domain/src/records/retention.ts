/**
 * The retention clock (law of 18 September 2017 art. 60): identification data,
 * documents and records of a client are kept at least ten years after the end of the business
 * relationship, then erased. Dates are ISO calendar dates (`YYYY-MM-DD`).
 */

/** The legal minimum; a longer period may be configured, never a shorter one. */
export const minimumRetentionYears = 10;

/** `date` plus whole years; 29 February becomes 28 February in a year without it (as PostgreSQL does). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** `date` minus whole months (for the inactivity threshold), clamped to the month's last day. */
export function subtractMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The purge date: `years` after the end of the relationship, or the extension when later. No end
 * recorded, no purge date. `years` below the legal minimum is raised to it.
 */
export function purgeDueOn(
  clock: { endedOn: string | null; extendedUntil: string | null },
  years: number,
): string | null {
  if (!clock.endedOn) return null;
  const due = addYears(clock.endedOn, Math.max(years, minimumRetentionYears));
  return clock.extendedUntil && clock.extendedUntil > due ? clock.extendedUntil : due;
}

export type TRetentionState = 'open' | 'proposed' | 'ended' | 'held';

/** Where a contact stands: a legal hold outranks everything, then a recorded end, then a pending proposal. */
export function retentionState(clock: {
  endedOn: string | null;
  proposedAt: Date | string | null;
  dismissedAt: Date | string | null;
  activeHolds: number;
}): TRetentionState {
  if (clock.activeHolds > 0) return 'held';
  if (clock.endedOn) return 'ended';
  if (clock.proposedAt && !clock.dismissedAt) return 'proposed';
  return 'open';
}

/** Purged when the date has come and no legal hold (CTIF or judicial request) is active. */
export function isPurgeDue(
  clock: { endedOn: string | null; extendedUntil: string | null; activeHolds: number },
  years: number,
  today: string,
): boolean {
  if (clock.activeHolds > 0) return false;
  const due = purgeDueOn(clock, years);
  return due !== null && due <= today;
}

/** A price kept in the statistical residue only as a band, so that no sale can be recognised from it. */
export function priceBand(cents: number): string {
  const euros = cents / 100;
  if (euros < 100_000) return '<100k';
  if (euros < 250_000) return '100k-250k';
  if (euros < 500_000) return '250k-500k';
  if (euros < 1_000_000) return '500k-1M';
  return '>=1M';
}
