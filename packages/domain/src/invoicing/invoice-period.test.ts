import { describe, expect, it } from 'vitest';
import { lastDayOf, periodContaining, previousPeriod } from './invoice-period.ts';

describe('invoice periods', () => {
  it('bills the previous calendar month by default', () => {
    expect(previousPeriod('2026-12-01', 'monthly')).toEqual({
      key: '2026-11',
      start: '2026-11-01',
      end: '2026-12-01',
    });
    expect(previousPeriod('2026-01-15', 'monthly')).toEqual({
      key: '2025-12',
      start: '2025-12-01',
      end: '2026-01-01',
    });
  });

  it('supports quarters', () => {
    expect(periodContaining('2026-05-31', 'quarterly')).toEqual({
      key: '2026-Q2',
      start: '2026-04-01',
      end: '2026-07-01',
    });
    expect(previousPeriod('2026-01-02', 'quarterly').key).toBe('2025-Q4');
    expect(lastDayOf(periodContaining('2024-02-10', 'monthly'))).toBe('2024-02-29');
  });
});
