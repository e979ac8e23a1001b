import { describe, expect, it } from 'vitest';
import { addYears, isPurgeDue, priceBand, purgeDueOn, retentionState, subtractMonths } from './retention.ts';

describe('retention clock', () => {
  it('adds years to calendar dates, 29 February included', () => {
    expect(addYears('2016-02-29', 10)).toBe('2026-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(addYears('2025-12-31', 10)).toBe('2035-12-31');
  });

  it('subtracts months across years', () => {
    expect(subtractMonths('2026-03-31', 1)).toBe('2026-02-28');
    expect(subtractMonths('2026-01-15', 24)).toBe('2024-01-15');
    expect(subtractMonths('2026-01-15', 13)).toBe('2024-12-15');
  });

  it('purges ten years after the end at the earliest, later when extended', () => {
    expect(purgeDueOn({ endedOn: null, extendedUntil: null }, 10)).toBeNull();
    expect(purgeDueOn({ endedOn: '2020-05-01', extendedUntil: null }, 10)).toBe('2030-05-01');
    expect(purgeDueOn({ endedOn: '2020-05-01', extendedUntil: null }, 5)).toBe('2030-05-01');
    expect(purgeDueOn({ endedOn: '2020-05-01', extendedUntil: null }, 12)).toBe('2032-05-01');
    expect(purgeDueOn({ endedOn: '2020-05-01', extendedUntil: '2031-01-01' }, 10)).toBe('2031-01-01');
    expect(purgeDueOn({ endedOn: '2020-05-01', extendedUntil: '2029-01-01' }, 10)).toBe('2030-05-01');
  });

  it('never purges under a legal hold, nor before the date', () => {
    const clock = { endedOn: '2010-01-01', extendedUntil: null, activeHolds: 0 };
    expect(isPurgeDue(clock, 10, '2020-01-01')).toBe(true);
    expect(isPurgeDue(clock, 10, '2019-12-31')).toBe(false);
    expect(isPurgeDue({ ...clock, activeHolds: 1 }, 10, '2040-01-01')).toBe(false);
    expect(isPurgeDue({ ...clock, endedOn: null }, 10, '2040-01-01')).toBe(false);
  });

  it('ranks a hold above an end, an end above a proposal', () => {
    const base = { endedOn: null, proposedAt: null, dismissedAt: null, activeHolds: 0 };
    expect(retentionState(base)).toBe('open');
    expect(retentionState({ ...base, proposedAt: '2026-01-01' })).toBe('proposed');
    expect(retentionState({ ...base, proposedAt: '2026-01-01', dismissedAt: '2026-01-02' })).toBe('open');
    expect(retentionState({ ...base, endedOn: '2026-01-01', proposedAt: '2026-01-01' })).toBe('ended');
    expect(retentionState({ ...base, endedOn: '2026-01-01', activeHolds: 2 })).toBe('held');
  });

  it('keeps prices only as bands', () => {
    expect(priceBand(35_000_000)).toBe('250k-500k');
    expect(priceBand(9_999_999)).toBe('<100k');
    expect(priceBand(100_000_000)).toBe('>=1M');
  });
});
