import type { TContactData } from '../contracts/contacts.ts';
import { foldText } from './fold-text.ts';

/** The name shown in lists: "LAST NAME First names" for a person (Belgian usage), the name for an entity. */
export function displayNameOf(data: TContactData): string {
  return data.kind === 'person' ? `${data.lastName.toUpperCase()} ${data.firstNames}` : data.name;
}

/** What the Contacts page searches, sorts and filters on, derived from a version's data. */
export function summarise(data: TContactData) {
  const displayName = displayNameOf(data);
  const enterpriseNumber =
    data.kind === 'entity' && data.enterpriseNumber ? data.enterpriseNumber.replace(/\D/g, '') : null;
  const city = data.kind === 'person' ? data.address.city : data.registeredOffice.city;
  const numberForms = enterpriseNumber
    ? [
        enterpriseNumber,
        `${enterpriseNumber.slice(0, 4)}.${enterpriseNumber.slice(4, 7)}.${enterpriseNumber.slice(7)}`,
      ]
    : [];
  return {
    displayName,
    sortName: foldText(displayName),
    enterpriseNumber,
    city,
    searchText: [foldText(displayName), ...numberForms, foldText(city)].join(' '),
  };
}
