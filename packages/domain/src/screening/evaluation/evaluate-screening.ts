import { buildScreeningIndex, type ScreeningIndex } from '../build-screening-index.ts';
import { screenName } from '../screen-name.ts';
import {
  EVALUATION_CASES,
  type EvaluationCase,
  type EvaluationCategory,
  type EvaluationSplit,
  FRESH_CASES,
  HELD_OUT_CASES,
} from './evaluation-cases.ts';
import { EVALUATION_ENTRIES, fillerEntities, fillerEntries, HELD_OUT_ENTRIES } from './evaluation-lists.ts';

/** Counts of one category (or of all) at one threshold. */
export interface EvaluationScore {
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvaluationReport {
  threshold: number;
  overall: EvaluationScore;
  byCategory: Map<EvaluationCategory, EvaluationScore>;
  /** Cases answered wrongly, for diagnosis: the query and what the top hit was. */
  failures: { case: EvaluationCase; topHit: string | null; score: number | null }[];
}

/** The evaluation index: the labelled designations among synthetic ones with real-list proportions. */
export function buildEvaluationIndex(): ScreeningIndex {
  return buildScreeningIndex([
    {
      list: 'eval',
      entries: [...EVALUATION_ENTRIES, ...HELD_OUT_ENTRIES, ...fillerEntries(), ...fillerEntities()],
    },
  ]);
}

/**
 * Screens every labelled case of `split` (the development cases, the held-out ones, or all) and scores the answers: a positive case is a true positive when its entry
 * is the top hit at `threshold`; any hit on a negative case, or a top hit on another entry, is a false
 * positive.
 */
export function evaluateScreening(
  index: ScreeningIndex,
  threshold: number,
  split: EvaluationSplit | 'all' = 'all',
): EvaluationReport {
  const tallies = new Map<EvaluationCategory, Tally>();
  const total = emptyTally();
  const failures: EvaluationReport['failures'] = [];
  for (const testCase of [...EVALUATION_CASES, ...HELD_OUT_CASES, ...FRESH_CASES]) {
    if (split !== 'all' && (testCase.split ?? 'dev') !== split) continue;
    const top = screenName(index, testCase.query, { threshold, limit: 1 })[0];
    const tally = tallies.get(testCase.category) ?? emptyTally();
    tallies.set(testCase.category, tally);
    const isTruePositive = testCase.expected !== null && top?.entryId === testCase.expected;
    const isFalsePositive = top !== undefined && !isTruePositive;
    for (const t of [tally, total]) {
      if (testCase.expected === null) t.negatives += 1;
      else t.positives += 1;
      if (isTruePositive) t.truePositives += 1;
      if (isFalsePositive) t.falsePositives += 1;
    }
    if (!isTruePositive && (testCase.expected !== null || isFalsePositive)) {
      failures.push({ case: testCase, topHit: top?.entryId ?? null, score: top?.score ?? null });
    }
  }
  return {
    threshold,
    overall: toScore(total),
    byCategory: new Map([...tallies].map(([category, tally]) => [category, toScore(tally)])),
    failures,
  };
}

type Tally = Pick<EvaluationScore, 'positives' | 'negatives' | 'truePositives' | 'falsePositives'>;

function emptyTally(): Tally {
  return { positives: 0, negatives: 0, truePositives: 0, falsePositives: 0 };
}

function toScore(tally: Tally): EvaluationScore {
  const reported = tally.truePositives + tally.falsePositives;
  const precision = reported === 0 ? 1 : tally.truePositives / reported;
  const recall = tally.positives === 0 ? 1 : tally.truePositives / tally.positives;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...tally, precision, recall, f1 };
}

/** The report as a Markdown table (docs/SCREENING.md publishes it). */
export function formatEvaluation(report: EvaluationReport): string {
  const pct = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (label: string, s: EvaluationScore) =>
    `| ${label} | ${s.positives} | ${s.negatives} | ${s.truePositives} | ${s.falsePositives} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
  return [
    '| category | positives | negatives | TP | FP | precision | recall | F1 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...report.byCategory].map(([category, score]) => row(category, score)),
    row('**all**', report.overall),
  ].join('\n');
}
