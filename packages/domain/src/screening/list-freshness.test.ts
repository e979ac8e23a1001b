import { describe, expect, it } from 'vitest';
import {
  ageInDays,
  isCountryRiskReviewDue,
  isFailingTooLong,
  isListStale,
  latestEndedPlenaryMonth,
} from './list-freshness.ts';

describe('list freshness', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('counts a list age in whole days from its publication date', () => {
    expect(ageInDays('2026-11-30', now)).toBe(1);
    expect(ageInDays('2026-12-01', now)).toBe(0);
    expect(ageInDays('not a date', now)).toBe(Number.POSITIVE_INFINITY);
  });

  it('calls a list stale only past the configured number of days', () => {
    expect(isListStale('2026-11-01', now, 30)).toBe(false);
    expect(isListStale('2026-10-31', now, 30)).toBe(true);
  });

  it('alerts on a source failing for longer than the threshold, not before', () => {
    expect(isFailingTooLong(null, now, 6)).toBe(false);
    expect(isFailingTooLong(new Date('2026-12-01T06:30:00Z'), now, 6)).toBe(false);
    expect(isFailingTooLong(new Date('2026-12-01T05:59:00Z'), now, 6)).toBe(true);
  });

  it('finds the last FATF plenary month that has ended', () => {
    expect(latestEndedPlenaryMonth(now)).toBe('2026-10-01');
    expect(latestEndedPlenaryMonth(new Date('2026-10-31T23:00:00Z'))).toBe('2026-06-01');
    expect(latestEndedPlenaryMonth(new Date('2026-01-15T00:00:00Z'))).toBe('2025-10-01');
    expect(latestEndedPlenaryMonth(new Date('2026-03-01T00:00:00Z'))).toBe('2026-02-01');
  });

  it('asks for a review of country risk after each plenary', () => {
    expect(isCountryRiskReviewDue('2026-06-19', new Date('2026-09-15T00:00:00Z'))).toBe(false);
    expect(isCountryRiskReviewDue('2026-06-19', now)).toBe(true);
    expect(isCountryRiskReviewDue('2026-10-24', now)).toBe(false);
  });
});
