import { describe, expect, it } from 'vitest';
import { centsToDecimalString } from './cents.ts';
import { formatMoney } from './format-money.ts';

/** Intl uses no-break spaces; normalise them to plain spaces for readable expectations. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it.each([
    ['fr-BE', 123456, '1 234,56 €'],
    ['nl-BE', 123456, '€ 1.234,56'],
    ['en-BE', 123456, '€1,234.56'],
    ['fr-BE', 1900, '19,00 €'],
    ['nl-BE', -5, '€ -0,05'],
  ] as const)('formats in %s', (locale, cents, expected) => {
    expect(plain(formatMoney(cents, locale))).toBe(expected);
  });

  it('keeps every cent of large amounts', () => {
    expect(plain(formatMoney(900_719_925_474_099, 'en-BE'))).toBe('€9,007,199,254,740.99');
  });

  it('refuses fractional cents', () => {
    expect(() => formatMoney(0.5, 'fr-BE')).toThrow(RangeError);
  });
});

describe('centsToDecimalString', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-123456, '-1234.56'],
  ])('%i → %s', (cents, expected) => {
    expect(centsToDecimalString(cents)).toBe(expected);
  });
});
