import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from './format-date.ts';

describe('dates as a Belgian reader writes them', () => {
  it('shows a calendar date as that very day, day first, in each language', () => {
    expect(formatDate('2023-09-20', 'fr')).toBe('20/09/2023');
    expect(formatDate('2023-09-20', 'nl')).toBe('20/09/2023');
    expect(formatDate('2023-01-01', 'en')).toBe('01/01/2023');
  });

  it('writes a month in words, and leaves anything else as it is', () => {
    expect(formatMonth('2026-11', 'fr')).toBe('novembre 2026');
    expect(formatMonth('2026-11', 'nl')).toBe('november 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('Q4', 'fr')).toBe('Q4');
  });
});
