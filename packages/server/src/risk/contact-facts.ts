import { linkedContactIds } from '@vigilo/domain/contacts/index.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { ContactFacts, TContactFactsInput } from '@vigilo/domain/risk/index.ts';
import { ZContactFacts } from '@vigilo/domain/risk/index.ts';
import { findCurrentVersions } from '../contacts/contact-lookup.ts';
import { pepFactsOf, type TPepFact } from '../contacts/contact-pep.ts';
import type { TDbOrTx } from '../db/client.ts';

export type TScreeningFacts = { hits: TContactFactsInput['screeningHits']; pep: ContactFacts['pep'] };

/** Standings from the most to the least demanding: the one that forces most wins. */
const STANDING_ORDER = ['in-office', 'left-within-12-months', 'left-over-12-months', 'risk-ended'];

/**
 * The PEP fact of a case: the contact's own PEP data or those of a linked person (beneficial owner,
 * mandatary), the most demanding standing first; failing those, a confirmed PEP hit (loi art. 41).
 */
function pepFact(peps: TPepFact[], screening: TScreeningFacts): Pick<ContactFacts, 'pep' | 'pepStanding'> {
  const [strongest] = [...peps].sort(
    (a, b) => STANDING_ORDER.indexOf(a.standing) - STANDING_ORDER.indexOf(b.standing),
  );
  if (strongest) return { pep: strongest.status, pepStanding: strongest.standing };
  return { pep: screening.pep, pepStanding: 'in-office' };
}

/**
 * What the vigilance engine needs to know about a contact version: from its identification data, the
 * countries of its beneficial owners and mandataries, the PEP status recorded for it or them (with the
 * officer's assessment, `contactId` given), and its screening result.
 */
export async function contactFactsOf(
  db: TDbOrTx,
  organisationId: string,
  data: TContactData,
  screening: TScreeningFacts = { hits: [], pep: 'none' },
  options: { contactId?: string; today?: string } = {},
): Promise<ContactFacts> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const related = await findCurrentVersions(db, organisationId, linkedContactIds(data).all);
  const peps = await pepFactsOf(
    db,
    organisationId,
    [
      { contactId: options.contactId ?? null, data },
      ...related.map((r) => ({ contactId: r.contact.id, data: r.data as TContactData })),
    ],
    today,
  );
  const relatedCountries = related.flatMap(({ data: d }) => {
    const linked = d as TContactData;
    return linked.kind === 'person'
      ? [...linked.nationalities, linked.address.country]
      : [linked.registeredOffice.country];
  });
  const base = {
    relatedPartyCountries: [...new Set(relatedCountries)],
    screeningHits: screening.hits,
    ...pepFact(peps, screening),
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
