import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeVat, divideRoundHalfUp } from './vat.ts';

describe('computeVat', () => {
  it('charges €22.99 for the €19.00 transaction price at 21%', () => {
    expect(computeVat(1900)).toEqual({
      netCents: 1900,
      vatCents: 399,
      grossCents: 2299,
      rateBasisPoints: 2100,
    });
  });

  it('prices the subscriptions incl. VAT', () => {
    expect(computeVat(22_400).grossCents).toBe(27_104);
    expect(computeVat(44_000).grossCents).toBe(53_240);
    expect(computeVat(66_500).grossCents).toBe(80_465);
  });

  it('rounds exactly half a cent up, and just below half down', () => {
    // 50 cents × 21% = 10.5 cents → 11; 2 cents × 21% = 0.42 → 0; 10 × 6% = 0.6 → 1.
    expect(computeVat(50).vatCents).toBe(11);
    expect(computeVat(2).vatCents).toBe(0);
    expect(computeVat(10, 600).vatCents).toBe(1);
    expect(computeVat(-50).vatCents).toBe(-11);
  });

  it('refuses non-integer cents and silly rates', () => {
    expect(() => computeVat(19.5)).toThrow(RangeError);
    expect(() => computeVat(100, 21.5)).toThrow(RangeError);
    expect(() => computeVat(100, 10_001)).toThrow(RangeError);
  });

  it('is within half a cent of the exact VAT and gross = net + VAT', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (net) => {
        const { vatCents, grossCents } = computeVat(net);
        expect(Math.abs(vatCents - (net * 21) / 100)).toBeLessThanOrEqual(0.5);
        expect(grossCents).toBe(net + vatCents);
      }),
    );
  });

  it('divides half away from zero', () => {
    expect(divideRoundHalfUp(5n, 2n)).toBe(3n);
    expect(divideRoundHalfUp(-5n, 2n)).toBe(-3n);
    expect(divideRoundHalfUp(7n, 3n)).toBe(2n);
  });
});
