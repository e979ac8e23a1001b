import { mod97, stripSeparators } from './mod97.ts';
import { fail, ok, type ParseResult } from './result.ts';

/** A validated Belgian structured communication (OGM/VCS): 10 base digits + 2 check digits. */
export interface StructuredCommunication {
  /** The 12 digits. */
  digits: string;
  /** Printed form `+++123/4567/89002+++`. */
  formatted: string;
}

/** Why a structured communication was refused. */
export type StructuredCommunicationError = 'format' | 'checksum';

/** Check digits: the 10-digit base mod 97, with 97 instead of 0 (Febelfin standard). */
function checkDigits(base: string): string {
  const remainder = mod97(base);
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0');
}

function format(digits: string): string {
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/**
 * Generates the structured communication for a base number 0 ≤ n < 10^10 (e.g. a wallet's
 * sequence number), left-padded to 10 digits.
 */
export function generateStructuredCommunication(
  base: number | bigint | string,
): ParseResult<StructuredCommunication, 'format'> {
  const text = String(base);
  if (!/^\d{1,10}$/.test(text)) return fail('format');
  const padded = text.padStart(10, '0');
  const digits = padded + checkDigits(padded);
  return ok({ digits, formatted: format(digits) });
}

/**
 * Validates a structured communication as typed or as read from a bank statement:
 * `+++123/4567/89002+++`, `***123/4567/89002***` or the bare 12 digits.
 */
export function parseStructuredCommunication(
  input: string,
): ParseResult<StructuredCommunication, StructuredCommunicationError> {
  const digits = stripSeparators(input.trim().replace(/^(\+{3}|\*{3})|(\+{3}|\*{3})$/g, ''));
  if (!/^\d{12}$/.test(digits)) return fail('format');
  if (checkDigits(digits.slice(0, 10)) !== digits.slice(10)) return fail('checksum');
  return ok({ digits, formatted: format(digits) });
}
