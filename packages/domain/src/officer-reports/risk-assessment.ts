import { z } from 'zod';

/**
 * The agency's overall risk assessment (loi 18/09/2017 art. 16–17; capability M11): a guided document
 * that identifies and assesses the money-laundering and terrorist-financing risks of the agency's
 * services, clientele, geography and delivery channels, and the measures taken. The client acceptance
 * policy (2022 regulation) derives from it. Reviewed at least once a year.
 */
export const RISK_ASSESSMENT_SECTIONS = [
  'services',
  'clientele',
  'geography',
  'channels',
  'transactions',
  'organisation',
] as const;
export type TRiskAssessmentSection = (typeof RISK_ASSESSMENT_SECTIONS)[number];

export const riskRatings = ['low', 'medium', 'high'] as const;

const ZText = z.string().trim().max(10_000);

export const ZRiskAssessmentContent = z.object({
  sections: z.object(
    Object.fromEntries(
      RISK_ASSESSMENT_SECTIONS.map((id) => [
        id,
        z.object({ answer: ZText, inherentRisk: z.enum(riskRatings), measures: ZText }),
      ]),
    ) as Record<
      TRiskAssessmentSection,
      z.ZodObject<{
        answer: typeof ZText;
        inherentRisk: z.ZodEnum<{ low: 'low'; medium: 'medium'; high: 'high' }>;
        measures: typeof ZText;
      }>
    >,
  ),
  overallRisk: z.enum(riskRatings),
  conclusion: ZText,
});
export type TRiskAssessmentContent = z.infer<typeof ZRiskAssessmentContent>;

/** An empty assessment to start from: every section medium until the officer assesses it. */
export function emptyRiskAssessment(): TRiskAssessmentContent {
  return {
    sections: Object.fromEntries(
      RISK_ASSESSMENT_SECTIONS.map((id) => [id, { answer: '', inherentRisk: 'medium', measures: '' }]),
    ) as TRiskAssessmentContent['sections'],
    overallRisk: 'medium',
    conclusion: '',
  };
}

/** The next review: one year after the review date (a yearly review at least). 29 February → 28 February. */
export function nextReviewDue(reviewedOn: string): string {
  const [y, m, d] = reviewedOn.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/** Whether the assessment is due for review on a given day. */
export const isReviewDue = (nextDue: string, today: string): boolean => nextDue <= today;
