import { z } from 'zod';
import { idDocumentTypes } from '../contracts/contacts.ts';

const ZCode = z.string().trim().min(1).max(20);

/**
 * The lookup codes of one FIU's goAML schema (M8 "FIU schema profile"). goAML keeps the UNODC element
 * structure, but every FIU exports its own enumerations: the same report code, party role or
 * identification type is a different code in each country. A profile = an XSD + this mapping file.
 * The mapping names what Vigilo means; the profile says how that FIU writes it.
 */
export const ZGoAmlCodeMapping = z.object({
  /** Written as `<schema_version>` when set (schemas 5.0.2 and later read it). */
  schemaVersion: z.string().trim().max(25).nullable().default(null),
  /** E = electronic submission through the portal. */
  submissionCode: ZCode,
  reportCodes: z.object({ sar: ZCode, str: ZCode }),
  addressTypes: z.object({ private: ZCode, business: ZCode, property: ZCode }),
  identificationTypes: z.object(
    Object.fromEntries(idDocumentTypes.map((type) => [type, ZCode])) as Record<
      (typeof idDocumentTypes)[number],
      typeof ZCode
    >,
  ),
  /** Role of a natural person related to an entity (`director_id/role`). */
  entityPersonRoles: z.object({
    beneficialOwner: ZCode,
    mandatary: ZCode,
    seniorManagingOfficial: ZCode,
  }),
  /** Role of a party of a multi-party transaction (`involved_parties/party/role`). */
  partyRoles: z.object({ buyer: ZCode, seller: ZCode, payingAccount: ZCode }),
  /** How the price is paid (`transmode_code`) and what funds (`funds_code`). */
  transmodes: z.object({ bankTransfer: ZCode, cash: ZCode, unknown: ZCode }),
  funds: z.object({ bankTransfer: ZCode, cash: ZCode, unknown: ZCode }),
  genders: z.object({ male: ZCode, female: ZCode }).nullable().default(null),
  /** The goods and services item of a report: the property (`item_type`). */
  itemTypes: z.object({ realEstate: ZCode }),
  /** Free-text legal forms as entered (e.g. "SRL", "BV") → the FIU's legal form code; others omitted. */
  legalForms: z.record(z.string().max(100), ZCode).default({}),
  /**
   * Vigilo's vigilance factor codes (e.g. `cash-payment`, `pep`) → the FIU's report indicators. A report
   * lists the indicators of its factors, or `fallbackIndicators` when none maps.
   */
  indicators: z.record(z.string().max(100), z.array(ZCode).max(10)).default({}),
  fallbackIndicators: z.array(ZCode).min(1).max(10),
  /**
   * Some FIUs' schemas only admit Latin letters in names (a `pattern` facet). When true, names are
   * transliterated to ASCII and every change is reported to the officer; otherwise names go as entered.
   */
  latinNamesOnly: z.boolean().default(false),
  /** Written as `transmode_comment` when set (some FIUs require it, with their own short codes). */
  transmodeComment: ZCode.nullable().default(null),
  /** Some FIUs require `state` in addresses: the Belgian province (from the postal code), else the city. */
  addressState: z.boolean().default(false),
  /** Stricter maximum lengths of this FIU's schema, by element name (texts are cut and the cut reported). */
  maxLengths: z.record(z.string().max(100), z.number().int().min(1).max(100_000)).default({}),
});
export type TGoAmlCodeMapping = z.infer<typeof ZGoAmlCodeMapping>;

/**
 * Codes for the generic UNODC goAML 5.0.1 schema shipped with Vigilo. Its enumerations are bare letters
 * whose meaning each FIU decides; the choices below are valid in that schema and documented as
 * placeholders. CTIF-CFI's own mapping replaces them when its XSD is uploaded (docs/ARCHITECTURE.md).
 */
export const GENERIC_GOAML_501_MAPPING: TGoAmlCodeMapping = {
  schemaVersion: null,
  submissionCode: 'E',
  reportCodes: { sar: 'SAR', str: 'STR' },
  addressTypes: { private: '2', business: '1', property: '3' },
  identificationTypes: {
    belgian_eid: 'A',
    foreign_resident_card: 'B',
    passport: 'C',
    foreign_driving_licence: 'D',
  },
  entityPersonRoles: { beneficialOwner: 'UBO', mandatary: 'GA', seniorManagingOfficial: 'CEO' },
  partyRoles: { buyer: 'A', seller: 'B', payingAccount: 'C' },
  transmodes: { bankTransfer: 'A', cash: 'B', unknown: '-' },
  funds: { bankTransfer: 'A', cash: 'B', unknown: '-' },
  genders: { male: 'M', female: 'F' },
  itemTypes: { realEstate: 'RE' },
  legalForms: {},
  indicators: {},
  fallbackIndicators: ['-'],
  latinNamesOnly: false,
  transmodeComment: null,
  addressState: false,
  maxLengths: {},
};

/** Indicators of a report: the mapped codes of its vigilance factors, in order, without repeats. */
export function indicatorsFor(mapping: TGoAmlCodeMapping, factorCodes: readonly string[]): string[] {
  const codes = factorCodes.flatMap((code) => mapping.indicators[code] ?? []);
  const unique = [...new Set(codes)];
  return unique.length > 0 ? unique : [...mapping.fallbackIndicators];
}
