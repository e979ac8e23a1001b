import { describe, expect, it } from 'vitest';
import { resolveCountryCode } from './resolve-country-code.ts';

describe('resolveCountryCode', () => {
  it('resolves list spellings and codes to ISO alpha-2', () => {
    expect(resolveCountryCode('Russian Federation')).toBe('RU');
    expect(resolveCountryCode('Iran (Islamic Republic of)')).toBe('IR');
    expect(resolveCountryCode('Democratic Republic of the Congo')).toBe('CD');
    expect(resolveCountryCode('Türkiye')).toBe('TR');
    expect(resolveCountryCode('be')).toBe('BE');
  });

  it('returns null for unknown places', () => {
    expect(resolveCountryCode('UNKNOWN')).toBeNull();
    expect(resolveCountryCode('Atlantis')).toBeNull();
  });
});
