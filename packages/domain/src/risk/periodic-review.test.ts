import { describe, expect, it } from 'vitest';
import {
  addDays,
  checkProfileUsableForNewTransaction,
  REVIEW_DUE_SOON_DAYS,
  reviewDueDate,
  reviewNoticeOwed,
  reviewStatus,
  weeklyDigestOwed,
} from './periodic-review.ts';

const TODAY = '2026-12-02';

describe('periodic review (issue 14, item 9)', () => {
  it.each([
    [null, 'none'],
    ['2025-01-01', 'overdue'],
    ['2026-12-01', 'overdue'],
    [TODAY, 'overdue'],
    ['2026-12-03', 'due-soon'],
    [addDays(TODAY, REVIEW_DUE_SOON_DAYS), 'due-soon'],
    [addDays(TODAY, REVIEW_DUE_SOON_DAYS + 1), 'current'],
    ['2028-12-02', 'current'],
  ] as const)('a review due on %s is %s on 2 December 2026', (dueOn, status) => {
    expect(reviewStatus(dueOn, TODAY)).toBe(status);
  });

  it('refuses an overdue profile in a new transaction, accepts one due soon or current', () => {
    expect(checkProfileUsableForNewTransaction('2026-11-30', TODAY)).toEqual({
      ok: false,
      error: { code: 'review-overdue', dueOn: '2026-11-30' },
    });
    expect(checkProfileUsableForNewTransaction(TODAY, TODAY).ok).toBe(false);
    expect(checkProfileUsableForNewTransaction('2026-12-03', TODAY)).toEqual({ ok: true });
    expect(checkProfileUsableForNewTransaction('2027-12-03', TODAY)).toEqual({ ok: true });
    expect(checkProfileUsableForNewTransaction(null, TODAY)).toEqual({ ok: true });
  });

  it.each([
    ['2026-12-02', 24, '2028-12-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2027-12-31', 2, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-06-15T22:30:00.000Z', 12, '2027-06-15'],
  ] as const)('a profile computed on %s with a %i-month period is reviewed by %s', (on, months, due) => {
    expect(reviewDueDate(on, months)).toBe(due);
  });

  it('owes one due-soon notice per window and one overdue notice per due date, even after a missed day', () => {
    const dueOn = '2026-12-20';
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-11-19', null)).toBe(false);
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-11-20', null)).toBe(true);
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-11-25', null)).toBe(true);
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-11-25', '2026-11-20')).toBe(false);
    // A notice of an earlier review date does not count for this one.
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-11-25', '2024-11-20')).toBe(true);
    expect(reviewNoticeOwed('overdue', dueOn, '2026-12-19', null)).toBe(false);
    expect(reviewNoticeOwed('overdue', dueOn, '2026-12-20', null)).toBe(true);
    expect(reviewNoticeOwed('overdue', dueOn, '2026-12-28', '2026-11-20')).toBe(true);
    expect(reviewNoticeOwed('overdue', dueOn, '2026-12-28', '2026-12-20')).toBe(false);
    expect(reviewNoticeOwed('due-soon', dueOn, '2026-12-21', null)).toBe(false);
  });

  it('owes the weekly digest on Mondays once, after a week without one, or when none was ever sent', () => {
    // 7 December 2026 is a Monday.
    expect(weeklyDigestOwed('2026-12-07', null)).toBe(true);
    expect(weeklyDigestOwed('2026-12-07', '2026-12-03')).toBe(true);
    expect(weeklyDigestOwed('2026-12-07', '2026-12-07')).toBe(false);
    expect(weeklyDigestOwed('2026-12-08', '2026-12-07')).toBe(false);
    expect(weeklyDigestOwed('2026-12-13', '2026-12-07')).toBe(false);
    expect(weeklyDigestOwed('2026-12-15', '2026-12-08')).toBe(true);
    expect(weeklyDigestOwed('2026-12-10', '2026-12-03')).toBe(true);
  });
});
