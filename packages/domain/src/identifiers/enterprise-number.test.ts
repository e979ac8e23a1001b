import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeEnterpriseCheckDigits,
  formatEnterpriseNumber,
  parseEnterpriseNumber,
} from './enterprise-number.ts';
import { digitString, mutateDigit, mutation } from './test-helpers.ts';

const validNumber = fc
  .tuple(fc.constantFrom('0', '1'), digitString(7))
  .map(([first, rest]) => first + rest)
  .map((eight) => eight + computeEnterpriseCheckDigits(eight));

describe('parseEnterpriseNumber', () => {
  it.each([
    ['0202.239.951', '0202239951'], // Proximus
    ['0403.170.701', '0403170701'], // Electrabel / Engie
    ['BE 0417.497.106', '0417497106'],
    ['0878 065 378', '0878065378'],
    ['203201340', '0203201340'], // old 9-digit form
  ])('accepts the real number %s', (input, expected) => {
    expect(parseEnterpriseNumber(input)).toEqual({ ok: true, value: expected });
  });

  it('formats as 0123.456.749', () => {
    const parsed = parseEnterpriseNumber('0202239951');
    expect(parsed.ok && formatEnterpriseNumber(parsed.value)).toBe('0202.239.951');
  });

  it.each(['', '12345', '02022399511', '2202239951', 'ABCD.EFG.HIJ', '0202-239-95X'])(
    'refuses %j as a format error',
    (input) => {
      expect(parseEnterpriseNumber(input)).toEqual({ ok: false, error: 'format' });
    },
  );

  it('refuses a wrong check digit', () => {
    expect(parseEnterpriseNumber('0202.239.952')).toEqual({ ok: false, error: 'checksum' });
  });

  it('uses 97 as check digits when the first 8 digits are a multiple of 97', () => {
    expect(computeEnterpriseCheckDigits('00000097')).toBe('97');
    expect(parseEnterpriseNumber('0000009797').ok).toBe(true);
  });

  it('accepts every generated valid number, in any typed form', () => {
    fc.assert(
      fc.property(validNumber, (digits) => {
        const dotted = `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
        expect(parseEnterpriseNumber(digits)).toEqual({ ok: true, value: digits });
        expect(parseEnterpriseNumber(dotted)).toEqual({ ok: true, value: digits });
      }),
    );
  });

  it('refuses every number with one digit changed', () => {
    fc.assert(
      fc.property(validNumber, mutation, (digits, { index, shift }) => {
        expect(parseEnterpriseNumber(mutateDigit(digits, index, shift)).ok).toBe(false);
      }),
    );
  });
});
