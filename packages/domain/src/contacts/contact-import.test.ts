import { describe, expect, it } from 'vitest';
import { importIdentifier, importRow, parseImportDate, proposeMapping } from './contact-import.ts';

const today = '2026-12-02';
const headers = [
  'Nom',
  'Prénom',
  'Date de naissance',
  'Lieu de naissance',
  'Nationalité',
  'Numéro national',
  'Adresse',
  'Code postal',
  'Localité',
  'Type de document',
  'Numéro de carte',
  'Date d’expiration',
  'Mode d’identification',
];
const mapping = proposeMapping(headers);
const row = (over: Record<string, string> = {}) => ({
  Nom: 'Peeters',
  Prénom: 'Jan',
  'Date de naissance': '30/07/1985',
  'Lieu de naissance': 'Gent',
  Nationalité: 'be; nl',
  'Numéro national': '85.07.30-001.60',
  Adresse: 'Kouter 1',
  'Code postal': '9000',
  Localité: 'Gent',
  'Type de document': 'Carte d’identité',
  'Numéro de carte': '592-1234567-89',
  'Date d’expiration': '2031-01-01',
  'Mode d’identification': 'En présence',
  ...over,
});

describe('importRow (B10)', () => {
  it('builds a person from French words and Belgian dates, normalising the national number', () => {
    const result = importRow(row(), mapping, today);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({
      kind: 'person',
      birthDate: '1985-07-30',
      nationalities: ['BE', 'NL'],
      nationalNumber: '85073000160',
      idDocument: { type: 'belgian_eid', expiryDate: '2031-01-01', issuingCountry: 'BE' },
      identificationMode: 'face_to_face',
    });
    expect(importIdentifier(result.value)).toEqual({ nationalNumber: '85073000160' });
  });

  it('names the column target of each error: missing field, bad date, check digits', () => {
    const result = importRow(
      row({ Prénom: '', 'Date d’expiration': '31/02/2031', 'Numéro national': '85073000199' }),
      mapping,
      today,
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'idDocumentExpiry', code: 'invalid_format' }],
    });
    const missing = importRow(row({ Prénom: '' }), mapping, today);
    expect(missing.ok ? [] : missing.errors).toEqual([{ field: 'firstNames', code: 'required' }]);
    const digits = importRow(row({ 'Numéro national': '85073000199' }), mapping, today);
    expect(digits.ok ? [] : digits.errors).toEqual([{ field: 'nationalNumber', code: 'national_number' }]);
  });

  it('reads an entity when the row names a company, and its enterprise number as the duplicate key', () => {
    const m = proposeMapping(['Dénomination', 'Numéro d’entreprise', 'Adresse', 'Code postal', 'Localité']);
    const result = importRow(
      {
        Dénomination: 'Immo Nieuw BV',
        'Numéro d’entreprise': 'BE 0202.239.951',
        Adresse: 'Rue Neuve 1',
        'Code postal': '1000',
        Localité: 'Bruxelles',
      },
      m,
      today,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(importIdentifier(result.value)).toEqual({ enterpriseNumber: '0202239951' });
  });

  it('reads ISO, day-first and XLSX serial dates, and refuses dates that do not exist', () => {
    expect(parseImportDate('1985-07-30')).toBe('1985-07-30');
    expect(parseImportDate('30.07.1985')).toBe('1985-07-30');
    expect(parseImportDate('1/2/2030')).toBe('2030-02-01');
    expect(parseImportDate('31258')).toBe('1985-07-30');
    expect(parseImportDate('30/02/1985')).toBeNull();
    expect(parseImportDate('07/30/1985')).toBeNull();
  });
});
