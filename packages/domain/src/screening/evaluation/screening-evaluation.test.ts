import { beforeAll, describe, expect, it } from 'vitest';
import type { ScreeningIndex } from '../build-screening-index.ts';
import { DEFAULT_SCREENING_THRESHOLD } from '../screen-name.ts';
import { buildEvaluationIndex, evaluateScreening, formatEvaluation } from './evaluate-screening.ts';

describe('labelled screening evaluation', () => {
  let index: ScreeningIndex;

  beforeAll(() => {
    index = buildEvaluationIndex();
  });

  // Figures published in docs/SCREENING.md; SCREENING_EVALUATION_REPORT=1 prints the tables and the misses.
  it('keeps precision and recall at the default threshold', () => {
    const report = evaluateScreening(index, DEFAULT_SCREENING_THRESHOLD);
    if (process.env.SCREENING_EVALUATION_REPORT) {
      console.log(formatEvaluation(report));
      console.log(
        report.failures
          .map((f) => `${f.case.category}: ${f.case.query.name} → ${f.topHit} ${f.score}`)
          .join('\n'),
      );
      for (const threshold of [0.7, 0.75, 0.8, 0.84, 0.88, 0.92]) {
        const { overall } = evaluateScreening(index, threshold);
        console.log(
          threshold,
          overall.precision.toFixed(3),
          overall.recall.toFixed(3),
          overall.f1.toFixed(3),
        );
      }
    }
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.85);
    expect(report.overall.f1).toBeGreaterThanOrEqual(0.92);
    expect(report.byCategory.get('belgian-namesake')?.falsePositives).toBe(0);
    expect(report.byCategory.get('hard-negative')?.falsePositives).toBeLessThanOrEqual(1);
    expect(report.byCategory.get('corroboration')?.recall).toBe(1);
    expect(report.byCategory.get('corroboration')?.falsePositives).toBe(0);
  });
});
