/**
 * Politically exposed persons (loi 18/09/2017 art. 41 and annex IV; the definitions of PEP, family
 * member and close associate are in art. 4, point numbers not verified).
 */

/** PEP status recorded in a person's identification data. */
export const PEP_STATUSES = ['none', 'holder', 'family-member', 'close-associate'] as const;
export type PepStatus = (typeof PEP_STATUSES)[number];

/** Months a PEP who left office stays a PEP whatever the risk (loi art. 41; paragraph not verified). */
export const PEP_MONTHS_AFTER_OFFICE = 12;

/**
 * Where a PEP stands for vigilance on a given day:
 * - `not-pep`: no PEP status recorded;
 * - `in-office`: the function (of the person or, for a family member or associate, of the PEP) goes on;
 * - `left-within-12-months`: the function ended less than 12 months ago: still a PEP, forced;
 * - `left-over-12-months`: more than 12 months ago: heightened until the officer documents otherwise;
 * - `risk-ended`: the officer recorded, after those 12 months, a risk assessment ending it.
 */
export type PepStanding =
  | 'not-pep'
  | 'in-office'
  | 'left-within-12-months'
  | 'left-over-12-months'
  | 'risk-ended';

/** The officer's documented assessment that a former PEP no longer presents a PEP-specific risk. */
export interface PepRiskAssessment {
  /** The end of function the assessment was made for: a new function (other end date) needs a new one. */
  functionEndDate: string;
  /** ISO date the officer recorded it. */
  assessedOn: string;
}

/** ISO date `months` months after `isoDate` (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const targetMonth = m - 1 + months;
  const year = y + Math.floor(targetMonth / 12);
  const month = ((targetMonth % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day a PEP who left office on `endDate` may be assessed as no longer presenting a PEP risk. */
export const pepAssessableFrom = (endDate: string): string => addMonths(endDate, PEP_MONTHS_AFTER_OFFICE);

/**
 * Where a PEP stands on `today` (ISO date). The 12 months run from the end of the function; an
 * assessment counts only when made for that end date and after the 12 months (before, the law
 * forbids ending it).
 */
export function pepStanding(
  pep: { status: PepStatus; endDate?: string | null | undefined },
  today: string,
  assessment: PepRiskAssessment | null = null,
): PepStanding {
  if (pep.status === 'none') return 'not-pep';
  const endDate = pep.endDate ?? null;
  if (endDate === null || endDate > today) return 'in-office';
  const assessableFrom = pepAssessableFrom(endDate);
  if (today < assessableFrom) return 'left-within-12-months';
  if (assessment && assessment.functionEndDate === endDate && assessment.assessedOn >= assessableFrom) {
    return 'risk-ended';
  }
  return 'left-over-12-months';
}

/** Why the officer may not (yet) record the assessment ending a PEP's heightened vigilance. */
export type PepAssessmentError = 'not-pep' | 'still-in-office' | 'within-12-months' | 'already-ended';

/** Whether the officer may record the assessment ending a former PEP's heightened vigilance today. */
export function canEndPepVigilance(
  standing: PepStanding,
): { ok: true } | { ok: false; error: PepAssessmentError } {
  switch (standing) {
    case 'not-pep':
      return { ok: false, error: 'not-pep' };
    case 'in-office':
      return { ok: false, error: 'still-in-office' };
    case 'left-within-12-months':
      return { ok: false, error: 'within-12-months' };
    case 'risk-ended':
      return { ok: false, error: 'already-ended' };
    case 'left-over-12-months':
      return { ok: true };
  }
}

/** Whether a standing forces heightened vigilance (every one but `not-pep` and `risk-ended`). */
export const pepForcesHeightened = (standing: PepStanding): boolean =>
  standing !== 'not-pep' && standing !== 'risk-ended';
