import { linkedContactIds } from '@vigilo/domain/contacts/index.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { ContactFacts, TContactFactsInput } from '@vigilo/domain/risk/index.ts';
import { ZContactFacts } from '@vigilo/domain/risk/index.ts';
import { findCurrentVersions } from '../contacts/contacts.repository.ts';
import type { TDbOrTx } from '../db/client.ts';

export type TScreeningFacts = { hits: TContactFactsInput['screeningHits']; pep: ContactFacts['pep'] };

/**
 * What the vigilance engine needs to know about a contact version: from its identification data, the
 * countries of its beneficial owners and mandataries, and its screening result.
 */
export async function contactFactsOf(
  db: TDbOrTx,
  organisationId: string,
  data: TContactData,
  screening: TScreeningFacts = { hits: [], pep: 'none' },
  today = new Date().toISOString().slice(0, 10),
): Promise<ContactFacts> {
  const related = await findCurrentVersions(db, organisationId, linkedContactIds(data).all);
  const relatedCountries = related.flatMap(({ data: d }) => {
    const linked = d as TContactData;
    return linked.kind === 'person'
      ? [...linked.nationalities, linked.address.country]
      : [linked.registeredOffice.country];
  });
  const base = {
    relatedPartyCountries: [...new Set(relatedCountries)],
    screeningHits: screening.hits,
    pep: screening.pep,
  };
  if (data.kind === 'person') {
    return ZContactFacts.parse({
      ...base,
      type: 'natural',
      nationalities: data.nationalities,
      residenceCountry: data.address.country,
      identificationMode: data.identificationMode.replaceAll('_', '-'),
      identityDocumentExpired: data.idDocument.expiryDate < today,
      beneficialOwnersVerified: data.actsForOwnAccount ? null : data.beneficialOwners.length > 0,
    });
  }
  return ZContactFacts.parse({
    ...base,
    type: 'legal',
    nationalities: [],
    residenceCountry: data.registeredOffice.country,
    identificationMode: data.introducer ? 'third-party-introducer' : 'face-to-face',
    beneficialOwnersVerified: data.introducer
      ? null
      : data.beneficialOwners.length > 0 || data.seniorManagingOfficials.length > 0,
  });
}
