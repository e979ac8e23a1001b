/**
 * An exact non-negative rational number. Ownership percentages multiply along chains
 * (1/3 × 3/4 = 1/4 exactly), so the "more than 25%" test never suffers from rounding.
 */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** Builds a reduced fraction; the denominator must be positive. */
export function fraction(numerator: bigint, denominator: bigint): Fraction {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator) || 1n;
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

/** 0, 1, 1/4 (the beneficial-owner threshold) and 1/2 (majority control). */
export const ZERO: Fraction = { numerator: 0n, denominator: 1n };
export const ONE: Fraction = { numerator: 1n, denominator: 1n };
export const ONE_QUARTER: Fraction = { numerator: 1n, denominator: 4n };
export const ONE_HALF: Fraction = { numerator: 1n, denominator: 2n };

/** a + b, reduced. */
export const add = (a: Fraction, b: Fraction): Fraction =>
  fraction(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);

/** a × b, reduced (one link of an ownership chain). */
export const multiply = (a: Fraction, b: Fraction): Fraction =>
  fraction(a.numerator * b.numerator, a.denominator * b.denominator);

/** −1, 0 or 1 as a is smaller than, equal to or greater than b. */
export function compare(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Basis points (1/100 of a percent) rounded down, for display and storage only: a share of
 * 25.004% shows as 2500 bp yet qualifies as more than 25%. Decisions use the exact fraction.
 */
export function toBasisPointsFloor(value: Fraction): number {
  return Number((value.numerator * 10_000n) / value.denominator);
}
