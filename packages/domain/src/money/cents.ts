/**
 * Money is always an integer number of euro cents. Floating-point euros never cross a module
 * boundary: 0.1 + 0.2 ≠ 0.3, and an audited wallet must add up to the cent.
 */
export type Cents = number;

/** Whether the value is a safe integer amount of cents. */
export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Throws a RangeError when the value is not a safe integer amount of cents (programming error). */
export function assertCents(value: number, name = 'amount'): asserts value is Cents {
  if (!isCents(value)) throw new RangeError(`${name} must be an integer number of cents, got ${value}`);
}

/** The euro amount as an exact decimal string: 123456 → "1234.56", -5 → "-0.05". */
export function centsToDecimalString(cents: Cents): string {
  assertCents(cents);
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
