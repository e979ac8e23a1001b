import { isIsoDate } from '../workflow/transition.ts';
import { ASSET_FREEZE_LISTS } from './acceptance-blockers.ts';

/**
 * What the agency owes once a screening hit is confirmed as a true match on an asset-freeze list
 * (issue 14, item 2): report to CTIF-CFI, and inform the FPS Finance, General Administration of the
 * Treasury, of the freeze applied.
 */
export const FREEZE_DUTIES = ['ctif-report', 'treasury-notification'] as const;
export type FreezeDuty = (typeof FREEZE_DUTIES)[number];

/** The provision behind each duty (see docs/DOMAIN.md for what was verified). */
export const FREEZE_DUTY_ARTICLES: Readonly<Record<FreezeDuty, string>> = {
  'ctif-report': 'loi 18/09/2017 art. 47',
  // The EU regulations' information duty towards the competent authority; for the Belgian national
  // list, AR 28/12/2006 art. 8. The Treasury asks for it by e-mail (quesfinvragen.tf@minfin.fed.be).
  'treasury-notification':
    'EU Council regulations (information of the competent authority: FPS Finance, Treasury); AR 28/12/2006 art. 8',
};

/** Whether a confirmed hit on this list means an asset freeze (a watchlist or PEP match does not). */
export const isAssetFreezeList = (list: string): boolean => ASSET_FREEZE_LISTS.has(list);

/** One recorded duty: when it was done and under which reference. */
export interface FreezeDutyRecord {
  duty: FreezeDuty;
  doneOn: string;
  reference: string;
}

/** A hit as the duties see it. */
export interface FreezeHit {
  list: string;
  disposition: 'open' | 'true_match' | 'false_positive';
}

/** Each duty of a hit, done (with its record) or still due; none for a hit that is not a confirmed freeze. */
export function freezeDutiesOf(
  hit: FreezeHit,
  records: readonly FreezeDutyRecord[],
): { duty: FreezeDuty; article: string; record: FreezeDutyRecord | null }[] {
  if (hit.disposition !== 'true_match' || !isAssetFreezeList(hit.list)) return [];
  return FREEZE_DUTIES.map((duty) => ({
    duty,
    article: FREEZE_DUTY_ARTICLES[duty],
    record: records.find((r) => r.duty === duty) ?? null,
  }));
}

export type FreezeRecordError =
  | 'not-a-confirmed-freeze'
  | 'already-recorded'
  | 'invalid-date'
  | 'date-in-future'
  | 'reference-required';

/**
 * Checks a record of a duty done: only for a confirmed asset-freeze hit, once per duty, on a real date not
 * after today (it may precede the confirmation in the tool), with the reference CTIF-CFI (goAML) or the
 * Treasury gave.
 */
export function checkFreezeRecord(
  hit: FreezeHit,
  existing: readonly FreezeDutyRecord[],
  record: FreezeDutyRecord,
  today: string,
): { ok: true; record: FreezeDutyRecord } | { ok: false; error: FreezeRecordError } {
  if (hit.disposition !== 'true_match' || !isAssetFreezeList(hit.list)) {
    return { ok: false, error: 'not-a-confirmed-freeze' };
  }
  if (existing.some((r) => r.duty === record.duty)) return { ok: false, error: 'already-recorded' };
  if (!isIsoDate(record.doneOn)) return { ok: false, error: 'invalid-date' };
  if (record.doneOn > today) return { ok: false, error: 'date-in-future' };
  const reference = record.reference.trim();
  if (reference === '') return { ok: false, error: 'reference-required' };
  return { ok: true, record: { ...record, reference } };
}
