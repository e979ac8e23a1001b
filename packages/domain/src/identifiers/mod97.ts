/**
 * Remainder of a (possibly very long) decimal digit string divided by 97, computed digit by digit
 * so that 30-digit IBAN numbers never lose precision.
 */
export function mod97(digits: string): number {
  let remainder = 0;
  for (const char of digits) {
    const digit = char.charCodeAt(0) - 48;
    if (digit < 0 || digit > 9) {
      throw new RangeError(`mod97 expects decimal digits, got "${char}"`);
    }
    remainder = (remainder * 10 + digit) % 97;
  }
  return remainder;
}

/** Strips the separators people type in identifiers: spaces (incl. no-break), dots, dashes, slashes. */
export function stripSeparators(input: string): string {
  return input.replace(/[\s.\-/\u00a0\u202f]/g, '');
}
