import { describe, expect, it } from 'vitest';
import {
  annualReportDueDate,
  emptyRiskAssessment,
  isReviewDue,
  nextReviewDue,
  ZRiskAssessmentContent,
} from './index.ts';

describe('officer reports', () => {
  it('is due by 30 June of the following year', () => {
    expect(annualReportDueDate(2024)).toBe('2025-06-30');
  });
  it('reviews the risk assessment a year later (29 February → 28 February)', () => {
    expect(nextReviewDue('2025-03-15')).toBe('2026-03-15');
    expect(nextReviewDue('2024-02-29')).toBe('2025-02-28');
    expect(isReviewDue('2026-03-15', '2026-03-15')).toBe(true);
    expect(isReviewDue('2026-03-15', '2026-03-14')).toBe(false);
  });
  it('accepts the empty assessment and refuses an unknown rating', () => {
    const empty = emptyRiskAssessment();
    expect(ZRiskAssessmentContent.safeParse(empty).success).toBe(true);
    expect(ZRiskAssessmentContent.safeParse({ ...empty, overallRisk: 'extreme' }).success).toBe(false);
  });
});
