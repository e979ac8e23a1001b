import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from './format-money.ts';
import { parseMoney } from './parse-money.ts';

describe('parseMoney', () => {
  it.each([
    ['1.234,56', 123456],
    ['1 234,56', 123456],
    ['1\u202f234,56 €', 123456],
    ['1234.56', 123456],
    ['1234,5', 123450],
    ['€ 19', 1900],
    ['19 EUR', 1900],
    ['€19,00', 1900],
    ['1.234', 123400],
    ['1.234.567', 123456700],
    ['1,234.56', 123456],
    ['0,99', 99],
    [',50', 50],
    ['250000', 25000000],
  ])('reads %j as %i cents (fr-BE)', (input, cents) => {
    expect(parseMoney(input)).toEqual({ ok: true, value: cents });
  });

  it('reads a lone comma followed by three digits as thousands in en-BE', () => {
    expect(parseMoney('1,234', { locale: 'en-BE' })).toEqual({ ok: true, value: 123400 });
    expect(parseMoney('1,234', { locale: 'fr-BE' })).toEqual({ ok: false, error: 'too-many-decimals' });
    expect(parseMoney('1.234', { locale: 'en-BE' })).toEqual({ ok: false, error: 'too-many-decimals' });
  });

  it.each([
    ['', 'empty'],
    ['  € ', 'empty'],
    ['abc', 'invalid'],
    ['12a', 'invalid'],
    ['1.2.3,45', 'invalid'],
    ['12,34,56', 'invalid'],
    ['1,234.567,89', 'invalid'],
    ['12,', 'invalid'],
    ['12.345,678', 'too-many-decimals'],
    ['0,001', 'too-many-decimals'],
    ['-5', 'negative'],
    ['99999999999999999999', 'too-large'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseMoney(input)).toEqual({ ok: false, error });
  });

  it('accepts negative amounts when allowed', () => {
    expect(parseMoney('-5,25 €', { allowNegative: true })).toEqual({ ok: true, value: -525 });
    expect(parseMoney('-0', {})).toEqual({ ok: true, value: 0 });
  });

  it('reads back what formatMoney writes, in every locale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.constantFrom('fr-BE', 'nl-BE', 'en-BE') as fc.Arbitrary<'fr-BE' | 'nl-BE' | 'en-BE'>,
        (cents, locale) => {
          expect(parseMoney(formatMoney(cents, locale), { locale })).toEqual({ ok: true, value: cents });
        },
      ),
    );
  });
});
