import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import type { TOrganisationFieldValues } from './organisation-fields.tsx';

/**
 * What the KBO data of the agency changes in its sign-up: name, legal form and registered office. Fields
 * the KBO leaves empty keep what was typed; the contact data (e-mail, phone, BIV number) are the agency's.
 */
export function applyKboToOrganisation(
  value: TOrganisationFieldValues,
  e: TKboEnterprise,
): TOrganisationFieldValues {
  const a = e.address;
  const street = a ? [a.street, a.houseNumber, a.box].filter(Boolean).join(' ') : '';
  return {
    ...value,
    name: e.name ?? value.name,
    legalForm: e.juridicalForm?.label ?? value.legalForm,
    street: street || value.street,
    postalCode: a?.postalCode ?? value.postalCode,
    city: a?.municipality ?? value.city,
    // The KBO leaves the country empty for a Belgian address; a foreign one stays as typed.
    country: a && a.country === null ? 'BE' : value.country,
  };
}
