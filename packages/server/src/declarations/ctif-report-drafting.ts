import type { TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';

/**
 * Drafts the goAML report of a case decided "report to CTIF-CFI" (or an employee's personal report), in
 * the decision's transaction. The goAML module implements it; the case pipeline sits below goAML (goAML
 * reads cases), so the pipeline reaches it through this port, wired once at start-up
 * (`composition/case-reports.ts`, called by `buildApp`).
 */
export type TCtifReportDrafter = (
  tx: TTx,
  actor: TActor,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
  /** The officers a personal report must never be shown to (their audit view skips the event). */
  hiddenFrom: readonly string[],
) => Promise<unknown>;

let drafter: TCtifReportDrafter | null = null;

/** Installs the drafter; called by the composition root. */
export function useCtifReportDrafter(implementation: TCtifReportDrafter): void {
  drafter = implementation;
}

/**
 * Drafts the report. A decision to report must never commit without its draft: an unwired drafter is a
 * start-up error, so it throws (and the decision's transaction rolls back) rather than skipping.
 */
export function draftCtifReport(...args: Parameters<TCtifReportDrafter>): Promise<unknown> {
  if (!drafter) throw new Error('The goAML report drafter is not wired (composition/case-reports.ts).');
  return drafter(...args);
}
