import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeNationalNumber, formatNationalNumber, parseNationalNumber } from './national-number.ts';
import { mutateDigit, mutation } from './test-helpers.ts';

const parts = fc.record({
  birthDate: fc.record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  counter: fc.integer({ min: 1, max: 998 }),
});

describe('parseNationalNumber', () => {
  it('reads the published example 85.07.30-033.28 (born 1985)', () => {
    expect(parseNationalNumber('85.07.30-033.28')).toEqual({
      ok: true,
      value: {
        digits: '85073003328',
        century: 1900,
        isBis: false,
        birthDate: { year: 1985, month: 7, day: 30 },
        sex: 'male',
      },
    });
  });

  it('uses the 2 prefix for people born from 2000 on', () => {
    const parsed = parseNationalNumber('17 07 30 033 84');
    expect(parsed.ok && parsed.value.century).toBe(2000);
    expect(parsed.ok && parsed.value.birthDate).toEqual({ year: 2017, month: 7, day: 30 });
    // The same first nine digits checked the pre-2000 way do not validate.
    expect(parseNationalNumber('17073003328')).toEqual({ ok: false, error: 'checksum' });
  });

  it('derives female from an even counter', () => {
    const digits = composeNationalNumber({ birthDate: { year: 1990, month: 2, day: 14 }, counter: 122 });
    const parsed = parseNationalNumber(digits);
    expect(parsed.ok && parsed.value.sex).toBe('female');
  });

  it('reads bis numbers: month + 40 keeps the sex, month + 20 has none', () => {
    const known = parseNationalNumber(
      composeNationalNumber({ birthDate: { year: 1975, month: 3, day: 9 }, counter: 5, bis: 'sex-known' }),
    );
    expect(known.ok && known.value).toMatchObject({
      isBis: true,
      sex: 'male',
      birthDate: { year: 1975, month: 3, day: 9 },
    });
    const unknown = parseNationalNumber(
      composeNationalNumber({ birthDate: { year: 1975, month: 3, day: 9 }, counter: 5, bis: 'sex-unknown' }),
    );
    expect(unknown.ok && unknown.value).toMatchObject({ isBis: true, sex: null });
  });

  it('keeps valid numbers whose date is unknown or not a real day, without a birth date', () => {
    const unknownMonth = composeNationalNumber({ birthDate: { year: 1960, month: 0, day: 0 }, counter: 17 });
    const parsed = parseNationalNumber(unknownMonth);
    expect(parsed.ok && parsed.value.birthDate).toBeNull();
    const february30 = composeNationalNumber({ birthDate: { year: 1960, month: 2, day: 30 }, counter: 17 });
    const parsed30 = parseNationalNumber(february30);
    expect(parsed30.ok && parsed30.value.birthDate).toBeNull();
  });

  it.each(['', '8507300332', '850730033289', '85.13.30-033.xx', '85133003312', '85079903312'])(
    'refuses %j as a format error',
    (input) => {
      expect(parseNationalNumber(input)).toEqual({ ok: false, error: 'format' });
    },
  );

  it('formats as on the eID card', () => {
    expect(formatNationalNumber({ digits: '85073003328' })).toBe('85.07.30-033.28');
  });

  it('validates every generated number and gives back its birth date', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const parsed = parseNationalNumber(composeNationalNumber(p));
        expect(parsed.ok).toBe(true);
        expect(parsed.ok && parsed.value.birthDate).toEqual(p.birthDate);
        expect(parsed.ok && parsed.value.sex).toBe(p.counter % 2 === 1 ? 'male' : 'female');
      }),
    );
  });

  it('never validates a one-digit mutation as the same century', () => {
    fc.assert(
      fc.property(parts, mutation, (p, { index, shift }) => {
        const digits = composeNationalNumber(p);
        const century = p.birthDate.year >= 2000 ? 2000 : 1900;
        const mutated = parseNationalNumber(mutateDigit(digits, index, shift));
        // A single changed digit can, rarely, match the *other* century's check: never the same one.
        expect(mutated.ok && mutated.value.century === century).toBe(false);
      }),
    );
  });
});
