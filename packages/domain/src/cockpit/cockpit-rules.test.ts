import { describe, expect, it } from 'vitest';
import {
  attendeesName,
  caseAgeBucket,
  isListStale,
  isTrainingCurrent,
  lastTwelveMonths,
  monthRange,
} from './cockpit-rules.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('cockpit rules', () => {
  it('buckets a case by the days since its last move', () => {
    expect(caseAgeBucket(0)).toBe('under7');
    expect(caseAgeBucket(6)).toBe('under7');
    expect(caseAgeBucket(7)).toBe('from7to30');
    expect(caseAgeBucket(30)).toBe('from7to30');
    expect(caseAgeBucket(31)).toBe('over30');
    expect(caseAgeBucket(-1)).toBe('under7');
  });

  it('flags a list not imported for more than seven days', () => {
    expect(isListStale(at('2026-11-24'), at('2026-12-01'))).toBe(false);
    expect(isListStale(at('2026-11-23'), at('2026-12-01'))).toBe(true);
  });

  it('counts a training as current for twelve months', () => {
    expect(isTrainingCurrent('2025-12-01', '2026-12-01')).toBe(true);
    expect(isTrainingCurrent('2025-11-30', '2026-12-01')).toBe(false);
    expect(isTrainingCurrent(null, '2026-12-01')).toBe(false);
  });

  it('finds a person in a typed attendee list, in either order, ignoring case and accents', () => {
    expect(attendeesName('Anne Dupont, Jérôme  Lefèvre', 'Jerome', 'Lefevre')).toBe(true);
    expect(attendeesName('LEFEVRE Jerome', 'Jérôme', 'Lefèvre')).toBe(true);
    expect(attendeesName('Anne Dupont', 'Jerome', 'Lefevre')).toBe(false);
    expect(attendeesName('Anne Dupont', '', 'Dupont')).toBe(false);
  });

  it('lists the twelve months ending with the current one, across a year end', () => {
    const months = lastTwelveMonths(at('2026-02-15'));
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2025-03');
    expect(months[11]).toBe('2026-02');
  });

  it('gives the first and last day of a month, leap years included', () => {
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
