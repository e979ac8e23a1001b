import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import type { TEntityDraft } from './contact-draft.ts';

/** What the KBO data changes in the entity form; fields the KBO leaves empty keep what was typed. */
export function applyKbo(value: TEntityDraft, e: TKboEnterprise): TEntityDraft {
  const a = e.address;
  const street = a ? [a.street, a.houseNumber, a.box].filter(Boolean).join(' ') : '';
  return {
    ...value,
    kboFilledFrom: e.enterpriseNumber,
    name: e.name ?? value.name,
    legalForm: e.juridicalForm?.label ?? value.legalForm,
    registeredOffice: a
      ? {
          street: street || value.registeredOffice.street,
          postalCode: a.postalCode ?? value.registeredOffice.postalCode,
          city: a.municipality ?? value.registeredOffice.city,
          // The KBO leaves the country empty for a Belgian address; a foreign one stays as typed.
          country: a.country === null ? 'BE' : value.registeredOffice.country,
        }
      : value.registeredOffice,
  };
}
