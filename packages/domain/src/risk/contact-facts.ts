import { z } from 'zod';
import { PEP_STATUSES } from './pep.ts';
import type { FactView } from './questionnaire.ts';

const ZCountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((code) => code.toUpperCase());

/** How the contact was identified (law of 18 September 2017 art. 26–27; 2022 regulation). */
export const ZIdentificationMode = z.enum([
  'face-to-face',
  'remote-eid',
  'remote-qualified-certificate',
  'remote-copy',
  'third-party-introducer',
]);

/** A screening hit and how it was dispositioned (M4). */
export const ZScreeningHit = z.object({
  list: z.enum(['eu-sanctions', 'un-sanctions', 'be-national', 'other-sanctions', 'watchlist', 'pep']),
  status: z.enum(['open', 'true-match', 'false-positive']),
});

/** What is known of the contact from identification and screening, as input to the vigilance engine. */
export const ZContactFacts = z.object({
  type: z.enum(['natural', 'legal']),
  nationalities: z.array(ZCountryCode).default([]),
  /** Residence (natural person) or registered office (legal entity). */
  residenceCountry: ZCountryCode.nullable(),
  /** Countries of the beneficial owners and mandataries, screened too (M4). */
  relatedPartyCountries: z.array(ZCountryCode).default([]),
  identificationMode: ZIdentificationMode,
  identityDocumentExpired: z.boolean().default(false),
  /** Null when not applicable (natural person acting on own account). */
  beneficialOwnersVerified: z.boolean().nullable(),
  /** PEP status from identification (the contact, a beneficial owner or a mandatary). */
  pep: z.enum(PEP_STATUSES).default('none'),
  /**
   * Where that PEP stands on the day of computing (`pepStanding`, loi art. 41): the caller has the
   * clock and the officer's assessment. Ignored when `pep` is `none`.
   */
  pepStanding: z
    .enum(['not-pep', 'in-office', 'left-within-12-months', 'left-over-12-months', 'risk-ended'])
    .default('in-office'),
  screeningHits: z.array(ZScreeningHit).default([]),
});

/** Input shape of {@link ZContactFacts}. */
export type TContactFactsInput = z.input<typeof ZContactFacts>;
/** Validated contact facts. */
export type ContactFacts = z.output<typeof ZContactFacts>;

/**
 * High-risk jurisdiction lists in force (M4), versioned like the sanctions lists:
 * FATF "call for action" and "increased monitoring", EU high-risk third countries
 * (law of 18 September 2017 art. 38; annex III).
 */
export const ZCountryRiskLists = z.object({
  version: z.string().min(1),
  fatfCallForAction: z.array(ZCountryCode),
  fatfIncreasedMonitoring: z.array(ZCountryCode),
  euHighRiskThirdCountries: z.array(ZCountryCode),
});

/** Validated country risk lists. */
export type CountryRiskLists = z.output<typeof ZCountryRiskLists>;

/** Classifies a country: 'high' (call for action or EU list), 'monitored' (grey list), or null. */
export function classifyCountry(
  country: string,
  lists: CountryRiskLists | undefined,
): 'high' | 'monitored' | null {
  if (!lists) return null;
  const code = country.toUpperCase();
  if (lists.fatfCallForAction.includes(code) || lists.euHighRiskThirdCountries.includes(code)) return 'high';
  if (lists.fatfIncreasedMonitoring.includes(code)) return 'monitored';
  return null;
}

/** The facts visibility conditions may use. */
export function toFactView(facts: ContactFacts): FactView {
  return {
    contactType: facts.type,
    identifiedRemotely: facts.identificationMode.startsWith('remote-'),
    isResident: facts.residenceCountry === 'BE',
  };
}
