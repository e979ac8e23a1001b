import type { Cents } from './cents.ts';
import type { MoneyLocale } from './format-money.ts';

/** Why typed money input was refused (the web translates the code). */
export type MoneyParseError = 'empty' | 'invalid' | 'too-many-decimals' | 'negative' | 'too-large';

/** Outcome of {@link parseMoney}. */
export type MoneyParseResult = { ok: true; value: Cents } | { ok: false; error: MoneyParseError };

/** Options of {@link parseMoney}. */
export interface ParseMoneyOptions {
  /** Decides the ambiguous `1.234` / `1,234` (default fr-BE, where `.` groups thousands). */
  locale?: MoneyLocale;
  /** Refunds and corrections may be negative; prices and top-ups may not (default false). */
  allowNegative?: boolean;
}

const SPACES = /[\s\u00a0\u202f]/g;

function groupingSeparatorOf(locale: MoneyLocale): '.' | ',' {
  return locale === 'en-BE' ? ',' : '.';
}

/** Finds the decimal separator, or null when every separator groups thousands. */
function findDecimalSeparator(body: string, locale: MoneyLocale): '.' | ',' | null | 'invalid' {
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const last = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    return (last === '.' ? dots : commas) === 1 ? last : 'invalid';
  }
  if (dots + commas === 0) return null;
  const separator = dots > 0 ? '.' : ',';
  if (dots + commas > 1) return null;
  // A single separator followed by exactly three digits is read with the locale's convention.
  const looksLikeThousands = new RegExp(`^\\d{1,3}\\${separator}\\d{3}$`).test(body);
  return looksLikeThousands && separator === groupingSeparatorOf(locale) ? null : separator;
}

function parseIntegerPart(part: string): string | null {
  if (part === '') return '0';
  const groups = part.split(/[., ]/);
  if (groups.length === 1) return /^\d+$/.test(part) ? part : null;
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first) || !rest.every((group) => /^\d{3}$/.test(group))) return null;
  return groups.join('');
}

/**
 * Parses what a person typed as an amount in euros into cents: `1.234,56`, `1 234,56`,
 * `1234.56`, `€ 19`, `19 EUR`, `-5,00` (when allowed). Thousands groups must have 3 digits;
 * at most 2 decimals — more is an error, never silently rounded.
 */
export function parseMoney(input: string, options: ParseMoneyOptions = {}): MoneyParseResult {
  const locale = options.locale ?? 'fr-BE';
  let text = input
    .trim()
    .replace(/^(€|eur\b)\s*/i, '')
    .replace(/\s*(€|eur)$/i, '')
    .trim();
  if (text === '') return { ok: false, error: 'empty' };
  const isNegative = /^[-\u2212]/.test(text);
  if (isNegative) text = text.slice(1).trim().replace(/^€\s*/, '');
  const body = text.replace(SPACES, ' ');
  if (!/^[\d., ]+$/.test(body) || !/\d/.test(body)) return { ok: false, error: 'invalid' };

  const decimal = findDecimalSeparator(body.replace(/ /g, ''), locale);
  if (decimal === 'invalid') return { ok: false, error: 'invalid' };
  const [integerText, fraction = ''] = decimal === null ? [body] : body.split(decimal);
  if (decimal !== null && !/^\d+$/.test(fraction)) return { ok: false, error: 'invalid' };
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  const integerDigits = parseIntegerPart((integerText ?? '').trim());
  if (integerDigits === null) return { ok: false, error: 'invalid' };

  const cents = BigInt(integerDigits) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (cents > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, error: 'too-large' };
  if (isNegative && cents > 0n && !options.allowNegative) return { ok: false, error: 'negative' };
  return { ok: true, value: isNegative && cents > 0n ? -Number(cents) : Number(cents) };
}
