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
  const report = (split: 'dev' | 'test' | 'fresh') => {
    const result = evaluateScreening(index, DEFAULT_SCREENING_THRESHOLD, split);
    if (process.env.SCREENING_EVALUATION_REPORT) {
      console.log(`split ${split}\n${formatEvaluation(result)}`);
      console.log(
        result.failures
          .map((f) => `${f.case.category}: ${f.case.query.name} → ${f.topHit} ${f.score}`)
          .join('\n'),
      );
      for (const threshold of [0.7, 0.75, 0.8, 0.84, 0.88, 0.92]) {
        const { overall } = evaluateScreening(index, threshold, split);
        console.log(
          threshold,
          overall.precision.toFixed(3),
          overall.recall.toFixed(3),
          overall.f1.toFixed(3),
        );
      }
    }
    return result;
  };

  it('keeps precision and recall on the development cases at the default threshold', () => {
    const dev = report('dev');
    expect(dev.overall.precision).toBeGreaterThanOrEqual(0.98);
    expect(dev.overall.recall).toBeGreaterThanOrEqual(0.93);
    expect(dev.overall.f1).toBeGreaterThanOrEqual(0.95);
    for (const category of ['hebrew', 'thai', 'corroboration'] as const) {
      expect(dev.byCategory.get(category)?.recall, category).toBe(1);
    }
    expect(dev.byCategory.get('belgian-namesake')?.falsePositives).toBe(0);
    expect(dev.byCategory.get('hard-negative')?.falsePositives).toBeLessThanOrEqual(1);
    expect(dev.byCategory.get('corroboration')?.falsePositives).toBe(0);
  });

  // Held-out cases, never tuned on: the floor is what they measured when first run after the changes.
  it('keeps precision and recall on the held-out cases', () => {
    const test = report('test');
    expect(test.overall.precision).toBe(1);
    expect(test.overall.recall).toBeGreaterThanOrEqual(0.88);
    // The second script pass (long vowels, labials, ambiguous letters, letters agreement).
    expect(test.byCategory.get('hebrew')?.recall).toBe(1);
    expect(test.byCategory.get('arabic')?.recall).toBe(1);
    expect(test.byCategory.get('belgian-namesake')?.falsePositives).toBe(0);
    expect(test.byCategory.get('hard-negative')?.falsePositives).toBe(0);
  });

  // Second held-out group (Arabic and Hebrew script), written before the second script pass and never tuned on.
  it('keeps precision and recall on the fresh held-out cases', () => {
    const fresh = report('fresh');
    expect(fresh.overall.precision).toBe(1);
    // 5 of 24 before the second script pass, 7 after it, 18 once a script part counts as sure (align-names.ts).
    expect(fresh.overall.recall).toBeGreaterThanOrEqual(0.75);
    expect(fresh.byCategory.get('hard-negative')?.falsePositives).toBe(0);
  });
});
