import { describe, expect, it } from 'vitest';
import { compareBirthDates, parseDate } from './compare-birth-dates.ts';

describe('compareBirthDates', () => {
  it('grades exact, month and year agreement', () => {
    expect(compareBirthDates('1962-09-03', [{ from: '1962-09-03' }])).toBe('exact');
    expect(compareBirthDates('1962-09', [{ from: '1962-09-03' }])).toBe('month');
    expect(compareBirthDates('1962', [{ from: '1962-09-03' }])).toBe('year');
  });

  it('accepts a year inside a range or a circa span', () => {
    expect(compareBirthDates('1974', [{ from: '1973', to: '1975' }])).toBe('range');
    expect(compareBirthDates('1970', [{ from: '1972', circa: true }])).toBe('range');
    expect(compareBirthDates('1966', [{ from: '1972', circa: true }])).toBe('conflict');
  });

  it('tolerates one year off or a different day, and conflicts beyond', () => {
    expect(compareBirthDates('1963', [{ from: '1962-09-03' }])).toBe('near');
    expect(compareBirthDates('1962-09-04', [{ from: '1962-09-03' }])).toBe('near');
    expect(compareBirthDates('1985-06-15', [{ from: '1962-09-03' }])).toBe('conflict');
  });

  it('keeps the best of several published dates', () => {
    expect(compareBirthDates('1962', [{ from: '1950' }, { from: '1962-01-01' }])).toBe('year');
  });

  it('is unknown when either side has no date', () => {
    expect(compareBirthDates(undefined, [{ from: '1962' }])).toBe('unknown');
    expect(compareBirthDates('1962', [])).toBe('unknown');
  });

  it('parses dates of any precision and refuses others', () => {
    expect(parseDate('1962-09')).toEqual({ year: 1962, month: 9 });
    expect(parseDate('03/09/1962')).toBeNull();
  });
});
