import { describe, expect, it } from 'vitest';
import { ZIsoDate } from './common.ts';

describe('ZIsoDate', () => {
  it.each(['2026-01-31', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts the calendar date %s', (d) => {
    expect(ZIsoDate.safeParse(d).success).toBe(true);
  });

  it.each([
    '2026-13-45',
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-00-10',
    '2026-1-5',
    '2026-01-15T00:00:00Z',
  ])('refuses %s', (d) => {
    expect(ZIsoDate.safeParse(d).success).toBe(false);
  });
});
