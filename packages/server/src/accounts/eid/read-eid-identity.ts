import { createHmac } from 'node:crypto';
import { type CalendarDate, parseNationalNumber } from '@vigilo/domain/identifiers/index.ts';
import type { TEidClaims } from './eid-client.ts';

/** What Vigilo keeps of an eID authentication: no national register number, only its keyed hash. */
export type TEidIdentity = {
  issuer: string;
  subject: string;
  nationalNumberHash: string;
  firstName: string | null;
  lastName: string | null;
  birthDate: string | null;
  sex: 'male' | 'female' | null;
};

export type TEidIdentityError = 'national_number_missing' | 'national_number_invalid';

/**
 * Keyed hash of a national register number: recognises the same person again without storing the number
 * (a plain hash of 11 digits with a check digit would be reversed by trying them all).
 */
export function hashNationalNumber(secret: string, digits: string): string {
  return createHmac('sha256', secret).update(`eid-national-number:${digits}`).digest('hex');
}

/**
 * Reads the person from the provider's claims. Names, birth date and sex come from the standard claims
 * (or the federal authentication service's `givenName`/`surname`); birth date and sex fall back to what
 * the national register number encodes.
 */
export function readEidIdentity(
  claims: TEidClaims,
  nationalNumberClaim: string,
  secret: string,
): { ok: true; identity: TEidIdentity } | { ok: false; error: TEidIdentityError } {
  const raw = claims[nationalNumberClaim];
  if (typeof raw !== 'string' && typeof raw !== 'number')
    return { ok: false, error: 'national_number_missing' };
  const parsed = parseNationalNumber(String(raw).padStart(typeof raw === 'number' ? 11 : 0, '0'));
  if (!parsed.ok) return { ok: false, error: 'national_number_invalid' };
  const number = parsed.value;
  return {
    ok: true,
    identity: {
      issuer: claims.iss,
      subject: claims.sub,
      nationalNumberHash: hashNationalNumber(secret, number.digits),
      firstName: text(claims.given_name ?? claims.givenName),
      lastName: text(claims.family_name ?? claims.surname),
      birthDate: isoDate(claims.birthdate) ?? (number.birthDate ? formatDate(number.birthDate) : null),
      sex: sexOf(claims.gender) ?? number.sex,
    },
  };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : null;
}

function isoDate(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function formatDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function sexOf(value: unknown): 'male' | 'female' | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (['male', 'm', 'man'].includes(v)) return 'male';
  if (['female', 'f', 'v', 'woman', 'vrouw', 'femme'].includes(v)) return 'female';
  return null;
}
