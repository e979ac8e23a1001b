import { mod97, stripSeparators } from './mod97.ts';
import { fail, ok, type ParseResult } from './result.ts';

/** A validated Belgian enterprise number (KBO/BCE): exactly 10 digits, no separators. */
export type EnterpriseNumber = string & { readonly __brand: 'EnterpriseNumber' };

/** Why an enterprise number was refused. */
export type EnterpriseNumberError = 'format' | 'checksum';

/**
 * Check digits of an enterprise number: 97 − (first 8 digits mod 97), so 01..97.
 * (Crossroads Bank for Enterprises rule, the same as the former VAT number.)
 */
export function computeEnterpriseCheckDigits(firstEightDigits: string): string {
  if (!/^\d{8}$/.test(firstEightDigits)) {
    throw new RangeError('computeEnterpriseCheckDigits expects 8 digits');
  }
  return String(97 - mod97(firstEightDigits)).padStart(2, '0');
}

/**
 * Parses what a user typed as an enterprise number: dots, spaces and an optional `BE` prefix are
 * accepted, as is the old 9-digit form (a leading 0 is added). The number must have 10 digits,
 * start with 0 or 1, and carry valid check digits.
 */
export function parseEnterpriseNumber(input: string): ParseResult<EnterpriseNumber, EnterpriseNumberError> {
  let digits = stripSeparators(input.trim()).replace(/^BE/i, '');
  if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
  if (!/^[01]\d{9}$/.test(digits)) return fail('format');
  if (computeEnterpriseCheckDigits(digits.slice(0, 8)) !== digits.slice(8)) return fail('checksum');
  return ok(digits as EnterpriseNumber);
}

/** Formats a validated enterprise number the official way: `0123.456.749`. */
export function formatEnterpriseNumber(value: EnterpriseNumber): string {
  return `${value.slice(0, 4)}.${value.slice(4, 7)}.${value.slice(7)}`;
}
