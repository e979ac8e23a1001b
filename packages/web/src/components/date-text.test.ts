import { describe, expect, it } from 'vitest';
import { parseDateText } from './date-text.ts';

describe('parseDateText', () => {
  it('reads day/month/year as Belgians type it', () => {
    expect(parseDateText('31/12/2026')).toBe('2026-12-31');
    expect(parseDateText('1/2/1980')).toBe('1980-02-01');
    expect(parseDateText('14.03.1990')).toBe('1990-03-14');
    expect(parseDateText(' 05-07-2001 ')).toBe('2001-07-05');
  });

  it('reads an ISO date pasted from elsewhere', () => {
    expect(parseDateText('1990-03-14')).toBe('1990-03-14');
  });

  it('refuses dates that do not exist and partial input, never rolling over', () => {
    for (const text of [
      '31/02/2026',
      '29/02/2025',
      '00/01/2026',
      '12/13/2026',
      '2026-02-30',
      '12/2026',
      '',
      'demain',
    ]) {
      expect(parseDateText(text), text).toBeNull();
    }
    expect(parseDateText('29/02/2024')).toBe('2024-02-29');
  });
});
