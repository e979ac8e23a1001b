import { mod97, stripSeparators } from './mod97.ts';
import { fail, ok, type ParseResult } from './result.ts';

/** Sex as encoded in the counter of a national register number. */
export type RegisteredSex = 'male' | 'female';

/** A calendar date without time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A validated Belgian national register number (rijksregisternummer / numéro de registre national). */
export interface NationalNumber {
  /** The 11 digits, no separators. */
  digits: string;
  /** Century the check digits point to: births from 2000 on are checked with a `2` prefix. */
  century: 1900 | 2000;
  /** Bis numbers (BIS register, non-residents) add 20 (sex unknown) or 40 (sex known) to the month. */
  isBis: boolean;
  /** The birth date, or null when the number does not encode a real date (month or day 0, etc.). */
  birthDate: CalendarDate | null;
  /** From the counter (odd = male); null for bis numbers issued with the sex unknown (month + 20). */
  sex: RegisteredSex | null;
}

/** Why a national register number was refused. */
export type NationalNumberError = 'format' | 'checksum';

const BIS_SEX_UNKNOWN = 20;
const BIS_SEX_KNOWN = 40;

function checkDigitsFor(firstNine: string, century: 1900 | 2000): string {
  const base = century === 2000 ? `2${firstNine}` : firstNine;
  return String(97 - mod97(base)).padStart(2, '0');
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function splitMonth(monthField: number): { month: number; bis: 0 | 20 | 40 } | null {
  if (monthField <= 12) return { month: monthField, bis: 0 };
  if (monthField >= BIS_SEX_KNOWN && monthField <= BIS_SEX_KNOWN + 12) {
    return { month: monthField - BIS_SEX_KNOWN, bis: 40 };
  }
  if (monthField >= BIS_SEX_UNKNOWN && monthField <= BIS_SEX_UNKNOWN + 12) {
    return { month: monthField - BIS_SEX_UNKNOWN, bis: 20 };
  }
  return null;
}

/**
 * Parses a national register number typed with or without dots, dashes and spaces
 * (`85.07.30-033.28`, `85073003328`). Check digits: 97 − (first 9 digits mod 97); for people born
 * in 2000 or later the 9 digits are prefixed with `2` before the division. Derives the birth date
 * (when month and day form a real date) and the sex (odd counter = male).
 */
export function parseNationalNumber(input: string): ParseResult<NationalNumber, NationalNumberError> {
  const digits = stripSeparators(input.trim());
  if (!/^\d{11}$/.test(digits)) return fail('format');
  const monthParts = splitMonth(Number(digits.slice(2, 4)));
  const day = Number(digits.slice(4, 6));
  if (monthParts === null || day > 31) return fail('format');

  const firstNine = digits.slice(0, 9);
  const check = digits.slice(9);
  let century: 1900 | 2000;
  if (checkDigitsFor(firstNine, 1900) === check) century = 1900;
  else if (checkDigitsFor(firstNine, 2000) === check) century = 2000;
  else return fail('checksum');

  const year = century + Number(digits.slice(0, 2));
  const counter = Number(digits.slice(6, 9));
  return ok({
    digits,
    century,
    isBis: monthParts.bis !== 0,
    birthDate: isRealDate(year, monthParts.month, day) ? { year, month: monthParts.month, day } : null,
    sex: monthParts.bis === 20 ? null : counter % 2 === 1 ? 'male' : 'female',
  });
}

/** Formats a national register number the way it is printed on the eID: `85.07.30-033.28`. */
export function formatNationalNumber(value: Pick<NationalNumber, 'digits'>): string {
  const d = value.digits;
  return `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 6)}-${d.slice(6, 9)}.${d.slice(9)}`;
}

/** What a national register number encodes, to build one (test data, eID fixtures). */
export interface NationalNumberParts {
  /** Year 1900–2099; month 0–12 and day 0–31 (0 = unknown). */
  birthDate: CalendarDate;
  /** Daily counter 1–998 (odd = male, even = female). */
  counter: number;
  bis?: 'sex-unknown' | 'sex-known';
}

/** Builds the 11 digits of a national register number, check digits included. */
export function composeNationalNumber(parts: NationalNumberParts): string {
  const { year, month, day } = parts.birthDate;
  if (year < 1900 || year > 2099 || month < 0 || month > 12 || day < 0 || day > 31) {
    throw new RangeError('composeNationalNumber: birth date out of range');
  }
  if (!Number.isInteger(parts.counter) || parts.counter < 1 || parts.counter > 998) {
    throw new RangeError('composeNationalNumber: counter must be 1–998');
  }
  const offset =
    parts.bis === 'sex-unknown' ? BIS_SEX_UNKNOWN : parts.bis === 'sex-known' ? BIS_SEX_KNOWN : 0;
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const firstNine = `${pad(year % 100, 2)}${pad(month + offset, 2)}${pad(day, 2)}${pad(parts.counter, 3)}`;
  return firstNine + checkDigitsFor(firstNine, year >= 2000 ? 2000 : 1900);
}
