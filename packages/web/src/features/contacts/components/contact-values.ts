import type { TFunction } from 'i18next';
import i18next from 'i18next';
import { countryName } from './country-select.tsx';

const addressGroups = ['address', 'registeredOffice', 'mainPlaceOfBusiness'];
const enumFields: Record<string, string> = {
  'idDocument.type': 'idDocumentType',
  identificationMode: 'identificationMode',
  entityType: 'entityType',
  'pep.status': 'pepStatus',
};
const countryFields = new Set(['country', 'issuingCountry']);

function resource(key: string): string | undefined {
  const value = i18next.getResource(i18next.language, 'contacts', key);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The label of a field path as the diff names it ("address.city" → "Address — City"); a path without a
 * translation is shown as it is rather than hidden.
 */
export function fieldLabel(path: string): string {
  const [group, leaf] = path.split('.');
  if (group && leaf && addressGroups.includes(group)) {
    return `${resource(`groups.${group}`) ?? group} — ${resource(`fields.address.${leaf}`) ?? leaf}`;
  }
  return resource(`fields.${path}`) ?? resource(`groups.${path}`) ?? path;
}

type TNames = (contactId: string) => string;

function isLink(value: unknown): value is { contactId: string; ownershipPct?: number; power?: string } {
  return typeof value === 'object' && value !== null && 'contactId' in value;
}

/** An enterprise number as printed by the KBO/BCE (0403.170.701); anything else as it is. */
export function formatEnterpriseNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 10 ? `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` : value;
}

/** One value of a contact version as a reader expects it: yes/no, option labels, names of linked contacts. */
export function formatValue(
  t: TFunction,
  language: string,
  path: string,
  value: unknown,
  nameOf: TNames,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('contacts:answer.yes') : t('contacts:answer.no');
  if (path === 'enterpriseNumber' && typeof value === 'string') return formatEnterpriseNumber(value);
  const enumKey = enumFields[path];
  if (enumKey && typeof value === 'string') return t(`contacts:options.${enumKey}.${value}`);
  const leaf = path.split('.').at(-1) ?? path;
  if (typeof value === 'string' && countryFields.has(leaf)) return countryName(value, language);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value
      .map((item) => {
        if (isLink(item)) {
          const extra = [
            item.ownershipPct !== undefined ? `${item.ownershipPct} %` : null,
            item.power ? item.power : null,
          ].filter(Boolean);
          return extra.length ? `${nameOf(item.contactId)} (${extra.join(', ')})` : nameOf(item.contactId);
        }
        if (path === 'nationalities' && typeof item === 'string') return countryName(item, language);
        return String(item);
      })
      .join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'commitmentDocumentId')
      .map(([key, v]) =>
        countryFields.has(key) && typeof v === 'string' ? countryName(v, language) : String(v),
      )
      .filter((v) => v !== '')
      .join(', ');
  }
  return String(value);
}
