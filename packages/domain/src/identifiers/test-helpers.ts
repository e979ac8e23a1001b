import fc from 'fast-check';

/** Replaces the digit at `index` by a different digit (`shift` 1–9 ensures it changes). */
export function mutateDigit(digits: string, index: number, shift: number): string {
  const position = index % digits.length;
  const current = Number(digits[position]);
  const replacement = (current + shift) % 10;
  return digits.slice(0, position) + String(replacement) + digits.slice(position + 1);
}

/** Arbitrary for a string of exactly `length` decimal digits. */
export const digitString = (length: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join(''));

/** Arbitrary for a one-digit mutation: position and shift 1–9. */
export const mutation = fc.record({ index: fc.nat(), shift: fc.integer({ min: 1, max: 9 }) });
