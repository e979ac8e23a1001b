import {
  entityTypes,
  idDocumentTypes,
  identificationModes,
  type TContactData,
  ZContactData,
} from '../contracts/contacts.ts';
import { checkContactData } from './contact-rules.ts';
import { foldText } from './fold-text.ts';

/**
 * Bulk import of existing clients (B10): what a column of an agency's spreadsheet can fill. Each target is
 * one field of the identification record the regulation asks for (2022 regl. art. 3–11); a row becomes a
 * contact only when the same checks as the contact form pass.
 */
export const importTargets = [
  'kind',
  'lastName',
  'firstNames',
  'birthDate',
  'birthPlace',
  'nationalities',
  'nationalNumber',
  'street',
  'postalCode',
  'city',
  'country',
  'idDocumentType',
  'idDocumentNumber',
  'idDocumentExpiry',
  'idDocumentCountry',
  'identificationMode',
  'profession',
  'entityName',
  'entityType',
  'legalForm',
  'enterpriseNumber',
  'notes',
] as const;
export type TImportTarget = (typeof importTargets)[number];
/** Column header → target (or null: the column is ignored). */
export type TImportMapping = Record<string, TImportTarget | null>;

/** Header words in French, Dutch and English (folded), as CRM exports name their columns. */
const synonyms: Record<TImportTarget, string[]> = {
  kind: ['type', 'kind', 'type de contact', 'contact type', 'soort', 'personne morale', 'nature'],
  lastName: [
    'nom',
    'nom de famille',
    'last name',
    'lastname',
    'surname',
    'family name',
    'achternaam',
    'naam',
  ],
  firstNames: [
    'prenom',
    'prenoms',
    'first name',
    'firstname',
    'first names',
    'given name',
    'voornaam',
    'voornamen',
  ],
  birthDate: [
    'date de naissance',
    'naissance',
    'birth date',
    'birthdate',
    'date of birth',
    'dob',
    'geboortedatum',
  ],
  birthPlace: ['lieu de naissance', 'birth place', 'birthplace', 'place of birth', 'geboorteplaats'],
  nationalities: ['nationalite', 'nationalites', 'nationality', 'nationalities', 'nationaliteit'],
  nationalNumber: [
    'numero national',
    'numero de registre national',
    'registre national',
    'niss',
    'national number',
    'national register number',
    'rijksregisternummer',
    'rijksregister',
    'insz',
  ],
  street: ['rue', 'adresse', 'address', 'street', 'straat', 'adres'],
  postalCode: ['code postal', 'cp', 'postal code', 'postcode', 'zip', 'zip code'],
  city: ['ville', 'localite', 'commune', 'city', 'town', 'gemeente', 'stad', 'woonplaats'],
  country: ['pays', 'country', 'land'],
  idDocumentType: [
    'type de document',
    'document type',
    'id type',
    'soort document',
    'type identiteitsdocument',
  ],
  idDocumentNumber: [
    'numero de document',
    'numero de carte',
    'numero carte d identite',
    'document number',
    'id number',
    'card number',
    'documentnummer',
    'kaartnummer',
  ],
  idDocumentExpiry: [
    'date d expiration',
    'expiration',
    'valable jusqu au',
    'expiry date',
    'expiry',
    'valid until',
    'vervaldatum',
    'geldig tot',
  ],
  idDocumentCountry: [
    'pays de delivrance',
    'pays emetteur',
    'issuing country',
    'country of issue',
    'land van afgifte',
  ],
  identificationMode: [
    'mode d identification',
    'identification',
    'identification mode',
    'identificatiewijze',
    'wijze van identificatie',
  ],
  profession: ['profession', 'metier', 'occupation', 'job', 'beroep'],
  entityName: [
    'denomination',
    'raison sociale',
    'societe',
    'company',
    'company name',
    'entity name',
    'legal name',
    'benaming',
    'bedrijf',
    'bedrijfsnaam',
    'vennootschap',
  ],
  entityType: ['type d entite', 'entity type', 'type entiteit', 'soort entiteit'],
  legalForm: ['forme juridique', 'legal form', 'rechtsvorm'],
  enterpriseNumber: [
    'numero d entreprise',
    'numero bce',
    'bce',
    'tva',
    'numero de tva',
    'enterprise number',
    'company number',
    'vat',
    'vat number',
    'kbo',
    'ondernemingsnummer',
    'btw',
    'btw nummer',
  ],
  notes: ['remarques', 'notes', 'commentaire', 'comment', 'comments', 'opmerkingen', 'nota'],
};

/**
 * Proposes a target for each header: an exact synonym first, then a synonym the header contains (the
 * longest wins, so "numéro national" is not taken for "nom"); a target is proposed for one column only.
 */
export function proposeMapping(headers: readonly string[]): TImportMapping {
  const mapping: TImportMapping = {};
  const taken = new Set<TImportTarget>();
  const folded = headers.map((h) => foldText(h));
  const pick = (matches: (header: string, synonym: string) => boolean) => {
    headers.forEach((header, i) => {
      if (mapping[header]) return;
      let best: { target: TImportTarget; length: number } | null = null;
      for (const target of importTargets) {
        if (taken.has(target)) continue;
        for (const synonym of synonyms[target]) {
          if (matches(folded[i]!, synonym) && (!best || synonym.length > best.length))
            best = { target, length: synonym.length };
        }
      }
      if (best) {
        mapping[header] = best.target;
        taken.add(best.target);
      }
    });
  };
  pick((header, synonym) => header === synonym);
  pick((header, synonym) => synonym.length >= 3 && ` ${header} `.includes(` ${synonym} `));
  for (const header of headers) mapping[header] ??= null;
  return mapping;
}

export type TImportRowError = { field: TImportTarget | 'row'; code: string };

const personWords = [
  'person',
  'personne',
  'personne physique',
  'natural person',
  'persoon',
  'natuurlijk persoon',
  'pp',
  'p',
];
const entityWords = [
  'entity',
  'entite',
  'personne morale',
  'legal person',
  'legal entity',
  'company',
  'societe',
  'rechtspersoon',
  'onderneming',
  'vennootschap',
  'pm',
  'e',
];
const documentWords: Record<string, (typeof idDocumentTypes)[number]> = {
  eid: 'belgian_eid',
  'belgian eid': 'belgian_eid',
  'carte d identite': 'belgian_eid',
  'carte d identite belge': 'belgian_eid',
  identiteitskaart: 'belgian_eid',
  passport: 'passport',
  passeport: 'passport',
  paspoort: 'passport',
  'titre de sejour': 'foreign_resident_card',
  'residence card': 'foreign_resident_card',
  verblijfskaart: 'foreign_resident_card',
  'permis de conduire': 'foreign_driving_licence',
  'driving licence': 'foreign_driving_licence',
  rijbewijs: 'foreign_driving_licence',
};
const modeWords: Record<string, (typeof identificationModes)[number]> = {
  'face to face': 'face_to_face',
  'en presence': 'face_to_face',
  presentiel: 'face_to_face',
  'in persoon': 'face_to_face',
  fysiek: 'face_to_face',
  'remote eid': 'remote_eid',
  'eid a distance': 'remote_eid',
  'eid op afstand': 'remote_eid',
  copie: 'remote_copy',
  copy: 'remote_copy',
  kopie: 'remote_copy',
};

/** Dates as spreadsheets write them: ISO, day first (Belgian usage) with `/`, `.` or `-`, or an XLSX serial. */
export function parseImportDate(value: string): string | null {
  const v = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) return iso(m[1]!, m[2]!, m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
  if (m) return iso(m[3]!, m[2]!, m[1]!);
  // An XLSX date cell holds its serial number: days since 30 December 1899.
  if (/^\d{4,5}$/.test(v))
    return new Date(Date.UTC(1899, 11, 30) + Number(v) * 86_400_000).toISOString().slice(0, 10);
  return null;
}

function iso(year: string, month: string, day: string): string | null {
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? null : text;
}

/** An enum value from its code or from a word of the three languages; the raw text when unknown. */
function enumOf<T extends string>(value: string, codes: readonly T[], words: Record<string, T>): string {
  const folded = foldText(value);
  const code = codes.find((c) => c === value.trim() || foldText(c) === folded);
  return code ?? words[folded] ?? value.trim();
}

/** Which schema path of the contact data each target fills (to put a schema error on its column). */
const pathTargets: [string, TImportTarget][] = [
  ['lastName', 'lastName'],
  ['firstNames', 'firstNames'],
  ['birthDate', 'birthDate'],
  ['birthPlace', 'birthPlace'],
  ['nationalities', 'nationalities'],
  ['nationalNumber', 'nationalNumber'],
  ['address.street', 'street'],
  ['address.postalCode', 'postalCode'],
  ['address.city', 'city'],
  ['address.country', 'country'],
  ['registeredOffice.street', 'street'],
  ['registeredOffice.postalCode', 'postalCode'],
  ['registeredOffice.city', 'city'],
  ['registeredOffice.country', 'country'],
  ['idDocument.type', 'idDocumentType'],
  ['idDocument.number', 'idDocumentNumber'],
  ['idDocument.expiryDate', 'idDocumentExpiry'],
  ['idDocument.issuingCountry', 'idDocumentCountry'],
  ['identificationMode', 'identificationMode'],
  ['profession', 'profession'],
  ['name', 'entityName'],
  ['entityType', 'entityType'],
  ['legalForm', 'legalForm'],
  ['enterpriseNumber', 'enterpriseNumber'],
  ['notes', 'notes'],
];

function targetOfPath(path: string): TImportTarget | 'row' {
  const found = pathTargets.find(([p]) => path === p || path.startsWith(`${p}.`));
  return found ? found[1] : 'row';
}

/** The shared schema's refusals, one per target and code, with the codes of the validation catalogue. */
function schemaErrors(
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string }[],
): TImportRowError[] {
  const errors: TImportRowError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const field = targetOfPath(issue.path.map(String).join('.'));
    const code =
      issue.code === 'invalid_type' && /received undefined/.test(issue.message)
        ? 'required'
        : issue.code === 'too_small'
          ? 'too_short'
          : issue.code === 'too_big'
            ? 'too_long'
            : ['invalid_format', 'invalid_value', 'invalid_type'].includes(issue.code)
              ? issue.code
              : 'invalid';
    if (!seen.has(`${field}:${code}`)) errors.push({ field, code });
    seen.add(`${field}:${code}`);
  }
  return errors;
}

/**
 * Turns one spreadsheet row into contact data with the contact form's own checks: the shared schema
 * (`ZContactData`) and `checkContactData` (check digits, birth date in the national number…). Errors name
 * the target whose column is wrong, with the code of the validation catalogue.
 */
export function importRow(
  cells: Readonly<Record<string, string>>,
  mapping: TImportMapping,
  today: string,
): { ok: true; value: TContactData } | { ok: false; errors: TImportRowError[] } {
  const v: Partial<Record<TImportTarget, string>> = {};
  for (const [header, target] of Object.entries(mapping)) {
    const cell = cells[header]?.trim();
    if (target && cell) v[target] = v[target] ? `${v[target]} ${cell}` : cell;
  }
  const errors: TImportRowError[] = [];
  const kindWord = v.kind ? foldText(v.kind) : null;
  let kind: 'person' | 'entity';
  if (kindWord === null) kind = v.entityName || v.enterpriseNumber ? 'entity' : 'person';
  else if (personWords.includes(kindWord)) kind = 'person';
  else if (entityWords.includes(kindWord)) kind = 'entity';
  else return { ok: false, errors: [{ field: 'kind', code: 'invalid_value' }] };

  const date = (target: TImportTarget): string | undefined => {
    const raw = v[target];
    if (!raw) return undefined;
    const parsed = parseImportDate(raw);
    if (!parsed) errors.push({ field: target, code: 'invalid_format' });
    return parsed ?? undefined;
  };
  const address = { street: v.street, postalCode: v.postalCode, city: v.city, country: v.country ?? 'BE' };
  const input =
    kind === 'person'
      ? {
          kind,
          lastName: v.lastName,
          firstNames: v.firstNames,
          birthDate: date('birthDate'),
          birthPlace: v.birthPlace,
          nationalities: v.nationalities
            ?.split(/[,;/|]+/)
            .map((n) => n.trim())
            .filter(Boolean),
          address,
          idDocument: {
            type: v.idDocumentType ? enumOf(v.idDocumentType, idDocumentTypes, documentWords) : undefined,
            number: v.idDocumentNumber,
            expiryDate: date('idDocumentExpiry'),
            issuingCountry: v.idDocumentCountry ?? v.country ?? 'BE',
          },
          nationalNumber: v.nationalNumber,
          identificationMode: v.identificationMode
            ? enumOf(v.identificationMode, identificationModes, modeWords)
            : undefined,
          profession: v.profession,
          notes: v.notes,
        }
      : {
          kind,
          name: v.entityName ?? v.lastName,
          entityType: v.entityType ? enumOf(v.entityType, entityTypes, {}) : 'company',
          legalForm: v.legalForm,
          enterpriseNumber: v.enterpriseNumber,
          registeredOffice: address,
          notes: v.notes,
        };
  if (errors.length) return { ok: false, errors };
  const parsed = ZContactData.safeParse(input);
  if (!parsed.success) {
    errors.push(...schemaErrors(parsed.error.issues));
    return { ok: false, errors };
  }
  const checked = checkContactData(parsed.data, undefined, today);
  if (!checked.ok)
    return {
      ok: false,
      errors: checked.errors.map((e) => ({ field: targetOfPath(e.field), code: e.code })),
    };
  return { ok: true, value: checked.value };
}

/** The identifier a duplicate is recognised by: the national number of a person, the enterprise number of an entity. */
export function importIdentifier(
  data: TContactData,
): { nationalNumber: string } | { enterpriseNumber: string } | null {
  if (data.kind === 'person') return data.nationalNumber ? { nationalNumber: data.nationalNumber } : null;
  return data.enterpriseNumber ? { enterpriseNumber: data.enterpriseNumber.replace(/\D/g, '') } : null;
}
