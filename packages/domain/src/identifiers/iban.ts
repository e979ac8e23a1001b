import { mod97 } from './mod97.ts';
import { fail, ok, type ParseResult } from './result.ts';

/** A validated IBAN. */
export interface Iban {
  /** Electronic form: upper case, no spaces (`BE68539007547034`). */
  electronic: string;
  /** ISO 3166 alpha-2 country code of the account's bank. */
  country: string;
  /** Paper form in groups of four (`BE68 5390 0754 7034`). */
  formatted: string;
}

/** Why an IBAN was refused: bad characters/length, unknown country, or a failed check. */
export type IbanError = 'format' | 'country' | 'checksum';

/** IBAN lengths per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.fromEntries(
  (
    'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 ' +
    'EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 ' +
    'KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 ' +
    'PL28 PS29 PT25 QA29 RO24 RS22 SA24 SC31 SD18 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 ' +
    'VA22 VG24 XK20'
  )
    .split(' ')
    .map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
);

/** Letters become two digits (A = 10 … Z = 35), as ISO 7064 MOD 97-10 requires. */
function toNumericString(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
}

/**
 * The Belgian domestic account number (12 digits) carries its own check: the first 10 digits
 * mod 97 (97 when 0). A BE IBAN must pass both checks.
 */
function isValidBelgianAccount(bban: string): boolean {
  if (!/^\d{12}$/.test(bban)) return false;
  const remainder = mod97(bban.slice(0, 10));
  return String(remainder === 0 ? 97 : remainder).padStart(2, '0') === bban.slice(10);
}

/**
 * Validates an IBAN (ISO 13616: country length, then mod 97 of the rearranged number equals 1).
 * Belgian IBANs (BE + 14 digits) are also checked against the domestic account check digits.
 * Used for the account the price is paid from (law of 18 September 2017 art. 67: transfer or cheque only).
 */
export function parseIban(input: string): ParseResult<Iban, IbanError> {
  const electronic = input.replace(/[\s\u00a0.-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(electronic)) return fail('format');
  const country = electronic.slice(0, 2);
  const expectedLength = IBAN_LENGTHS[country];
  if (expectedLength === undefined) return fail('country');
  if (electronic.length !== expectedLength) return fail('format');
  if (country === 'BE' && !/^BE\d{14}$/.test(electronic)) return fail('format');
  const rearranged = electronic.slice(4) + electronic.slice(0, 4);
  if (mod97(toNumericString(rearranged)) !== 1) return fail('checksum');
  if (country === 'BE' && !isValidBelgianAccount(electronic.slice(4))) return fail('checksum');
  return ok({ electronic, country, formatted: electronic.replace(/(.{4})(?=.)/g, '$1 ') });
}

/** Whether the IBAN is held at a Belgian bank. */
export function isBelgianIban(iban: Iban): boolean {
  return iban.country === 'BE';
}

/** Computes the two IBAN check digits for a country and BBAN (for fixtures and tests). */
export function computeIbanCheckDigits(country: string, bban: string): string {
  const remainder = mod97(toNumericString(`${bban}${country.toUpperCase()}00`));
  return String(98 - remainder).padStart(2, '0');
}
