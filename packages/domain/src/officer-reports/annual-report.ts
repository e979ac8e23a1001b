/**
 * The AML officer's annual activity report (2022 regulation; the 30 June deadline comes from the repealed 2013 regulation, kept as a product choice): "au moins une fois par an", on the
 * application of the law within the agency and in particular on internal procedures (§4), training (§5)
 * and reporting to CTIF-CFI (§6); sent to the FPS Economy by 30 June of the following year.
 */

/** The officer's narrative sections, in the order of the report. */
export const ANNUAL_REPORT_SECTIONS = [
  'organisation',
  'procedures',
  'risks',
  'training',
  'reporting',
  'improvements',
] as const;
export type TAnnualReportSection = (typeof ANNUAL_REPORT_SECTIONS)[number];

/** When the report of a year is due: 30 June of the following year (historical deadline, art. 20 §7). */
export function annualReportDueDate(year: number): string {
  return `${year + 1}-06-30`;
}

/** The figures of a year, computed from the records (never typed in). */
export type TAnnualReportFigures = {
  year: number;
  computedAt: string;
  contacts: {
    total: number;
    persons: number;
    entities: number;
    normal: number;
    heightened: number;
    notAssessed: number;
  };
  riskProfiles: { computed: number; heightened: number };
  transactions: { created: number; computed: number; heightened: number };
  decisions: Record<string, number>;
  ctif: {
    reported: number;
    goamlSubmitted: number;
    answers: { 'no-objection': number; opposition: number; 'information-request': number };
  };
  reviews: { done: number; overdue: number };
  trainings: {
    sessions: number;
    attendees: number;
    items: { heldOn: string; topic: string; attendeeCount: number }[];
    /** Sessions per employee and who had none (issue 14, item 13); absent from reports saved before. */
    perEmployee: { userId: string; name: string; sessions: number; lastHeldOn: string | null }[];
    withoutTraining: { userId: string; name: string }[];
  };
  policyChanges: { version: number; createdAt: string }[];
};

/** Every decision action counted in the report, in the workflow's order (M6). */
export const DECISION_ACTIONS = [
  'accept',
  'refuse',
  'propose',
  'officer-accept',
  'report-to-ctif',
  'record-ctif-answer',
  'final-decision',
] as const;
