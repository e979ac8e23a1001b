import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIbanCheckDigits, isBelgianIban, parseIban } from './iban.ts';
import { digitString, mutateDigit, mutation } from './test-helpers.ts';

/** A valid Belgian IBAN built from 10 random account digits. */
const belgianIban = digitString(10).map((ten) => {
  const remainder = Number(BigInt(ten) % 97n);
  const account = ten + String(remainder === 0 ? 97 : remainder).padStart(2, '0');
  return `BE${computeIbanCheckDigits('BE', account)}${account}`;
});

describe('parseIban', () => {
  it.each([
    ['BE68 5390 0754 7034', 'BE68539007547034', 'BE'],
    ['be71096123456769', 'BE71096123456769', 'BE'],
    ['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', 'NL'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000', 'DE'],
    ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606', 'FR'],
  ])('accepts the real IBAN %s', (input, electronic, country) => {
    const parsed = parseIban(input);
    expect(parsed).toMatchObject({ ok: true, value: { electronic, country } });
  });

  it('prints in groups of four', () => {
    const parsed = parseIban('BE68539007547034');
    expect(parsed.ok && parsed.value.formatted).toBe('BE68 5390 0754 7034');
    expect(parsed.ok && isBelgianIban(parsed.value)).toBe(true);
  });

  it('gives typed errors', () => {
    expect(parseIban('BE68 5390 0754 7035')).toEqual({ ok: false, error: 'checksum' });
    expect(parseIban('BE68 5390 0754 703')).toEqual({ ok: false, error: 'format' });
    expect(parseIban('ZZ68 5390 0754 7034')).toEqual({ ok: false, error: 'country' });
    expect(parseIban('not an iban')).toEqual({ ok: false, error: 'format' });
    expect(parseIban('BE6853900754703A')).toEqual({ ok: false, error: 'format' });
  });

  it('also checks the Belgian domestic check digits', () => {
    // 539007547035 fails the domestic check; give it correct IBAN check digits anyway.
    const iban = `BE${computeIbanCheckDigits('BE', '539007547035')}539007547035`;
    expect(parseIban(iban)).toEqual({ ok: false, error: 'checksum' });
  });

  it('accepts every generated Belgian IBAN', () => {
    fc.assert(
      fc.property(belgianIban, (iban) => {
        expect(parseIban(iban).ok).toBe(true);
      }),
    );
  });

  it('refuses every Belgian IBAN with one digit changed', () => {
    fc.assert(
      fc.property(belgianIban, mutation, (iban, { index, shift }) => {
        const digits = iban.slice(2);
        expect(parseIban(`BE${mutateDigit(digits, index, shift)}`).ok).toBe(false);
      }),
    );
  });
});
