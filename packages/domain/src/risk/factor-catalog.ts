import { AGENCY_POLICY_CITATIONS, type Citation, citationTrace } from './citations.ts';

/**
 * Risk factors the engine knows, with the provisions in force each implements (see citations.ts):
 * the AML law of 18 September 2017 ("law") — its annex III lists the factors of potentially higher
 * risk — and the BIV/IPI regulation approved by the Royal Decree of 1 April 2022. The regulation of
 * 2013 (repealed on 1 July 2022) is no longer cited; its dash numbers survive only in git history.
 */
export const FACTOR_CODES = [
  // contact (identification data)
  'pep',
  'pep-family-or-associate',
  'former-pep',
  'high-risk-country',
  'increased-monitoring-country',
  'remote-identification-copy',
  'remote-identification',
  'beneficial-owners-unverified',
  'non-resident',
  'identity-document-expired',
  // screening
  'sanctions-hit',
  'pep-screening-hit',
  // contact questionnaires
  'acts-for-third-party',
  'socio-economic-disproportion',
  'price-well-below-value',
  'geographic-distance',
  'sensitive-sector',
  'bearer-shares',
  'trust-or-arrangement',
  'company-in-formation',
  'non-profit',
  'equity-below-price',
  'unusual-characteristics',
  'source-of-funds-unknown',
  'avoids-direct-contact',
  // transaction questionnaire (atypical transactions)
  'cash-payment',
  'price-far-from-value',
  'quick-resale',
  'high-risk-country-funds',
  'early-repaid-mortgage',
  'buyer-profile-inconsistent',
  'third-party-funds',
  'third-party-beneficiary',
  'payment-account-missing',
  'unusual-transaction',
  // rental questionnaire (rentals of €10,000 or more a month)
  'rent-paid-in-advance',
  'tenant-profile-inconsistent',
] as const;

/** A factor of the catalog (agency criteria use `agency.<code>` instead). */
export type FactorCode = (typeof FACTOR_CODES)[number];

/** How the catalog describes a factor. */
export interface FactorDefinition {
  /** The provisions in force, rendered in the reader's language by `formatCitations`. */
  citations: readonly Citation[];
  /** Language-neutral trace of `citations`, stored with each computed factor. */
  article: string;
  /** Default weight in the default client acceptance policy. */
  defaultWeight: number;
  /**
   * Forces heightened vigilance whatever the score. These are legal minimums: a client
   * acceptance policy may reweigh them but never disable them.
   */
  forcesHeightened: boolean;
}

const law = (articles?: string, annex?: string): Citation => ({
  act: 'law-2017',
  ...(articles ? { articles } : {}),
  ...(annex ? { annex } : {}),
});
const REGULATION: Citation = { act: 'regulation-2022' };
/** Factors of potentially higher risk the law lists (annex III), weighed in the individual risk assessment. */
const ANNEX_III = law('19, §2', 'III');
const EU_FREEZE: Citation = { act: 'eu-freeze' };
const BE_FREEZE: Citation = { act: 'be-freeze' };

const def = (citations: Citation[], defaultWeight: number, forcesHeightened = false): FactorDefinition => ({
  citations,
  article: citationTrace(citations),
  defaultWeight,
  forcesHeightened,
});

/** The catalog. Reason texts are the i18n keys `risk.factor.<code>.reason`. */
export const FACTOR_CATALOG: Readonly<Record<FactorCode, FactorDefinition>> = {
  pep: def([law('41'), REGULATION], 10, true),
  'pep-family-or-associate': def([law('41'), REGULATION], 10, true),
  // Still heightened after office ends, until the officer documents that the risk is gone.
  'former-pep': def([law('41')], 10, true),
  'high-risk-country': def([law('38'), REGULATION], 10, true),
  'increased-monitoring-country': def([ANNEX_III, REGULATION], 4),
  'remote-identification-copy': def([ANNEX_III, REGULATION], 5),
  'remote-identification': def([ANNEX_III, REGULATION], 2),
  'beneficial-owners-unverified': def([law('23–24'), REGULATION], 6),
  'non-resident': def([ANNEX_III, REGULATION], 2),
  'identity-document-expired': def([law('26–27'), REGULATION], 3),
  'sanctions-hit': def([EU_FREEZE, BE_FREEZE, law('37, §1')], 10, true),
  // An open (not dismissed) PEP hit is treated as a PEP until reviewed: a PEP never gets normal vigilance.
  'pep-screening-hit': def([law('41')], 10, true),
  'acts-for-third-party': def([law('4, 27°'), REGULATION], 3),
  'socio-economic-disproportion': def([ANNEX_III, REGULATION], 6),
  'price-well-below-value': def([law('35, §1'), REGULATION], 5),
  'geographic-distance': def([ANNEX_III, REGULATION], 2),
  'sensitive-sector': def([ANNEX_III, REGULATION], 4),
  'bearer-shares': def([ANNEX_III, REGULATION], 6),
  'trust-or-arrangement': def([ANNEX_III, REGULATION], 5),
  'company-in-formation': def([ANNEX_III, REGULATION], 4),
  'non-profit': def([ANNEX_III, REGULATION], 3),
  'equity-below-price': def([ANNEX_III, REGULATION], 5),
  'unusual-characteristics': def([ANNEX_III, REGULATION], 5),
  'source-of-funds-unknown': def([law('35, §1'), REGULATION], 5),
  'avoids-direct-contact': def([ANNEX_III, REGULATION], 10, true),
  'cash-payment': def([law('67'), REGULATION], 10, true),
  'price-far-from-value': def([law('35, §1'), REGULATION], 5),
  'quick-resale': def([law('35, §1'), REGULATION], 6),
  'high-risk-country-funds': def([law('38'), REGULATION], 8),
  'early-repaid-mortgage': def([law('35, §1'), REGULATION], 5),
  'buyer-profile-inconsistent': def([law('35, §1'), REGULATION], 6),
  'third-party-funds': def([ANNEX_III, REGULATION], 6),
  'third-party-beneficiary': def([law('4, 27°'), law('35, §1'), REGULATION], 8),
  'payment-account-missing': def([law('67'), REGULATION], 3),
  'unusual-transaction': def([law('35, §1'), REGULATION], 5),
  // Months of rent paid up front move a large sum at once, like a price (atypical operation).
  'rent-paid-in-advance': def([law('35, §1'), law('45'), REGULATION], 6),
  // The tenant's known income or activity does not explain the rent (the buyer's indicator, for rentals).
  'tenant-profile-inconsistent': def([law('35, §1'), law('45'), REGULATION], 6),
};

/**
 * The provisions in force behind a computed factor, whatever was stored when it was computed: a catalog
 * code cites the catalog, an agency criterion (`agency.<code>`) the client acceptance policy.
 */
export function citationsOfFactor(code: string): readonly Citation[] {
  if ((FACTOR_CODES as readonly string[]).includes(code)) return FACTOR_CATALOG[code as FactorCode].citations;
  if (code.startsWith('agency.')) return AGENCY_POLICY_CITATIONS;
  return [];
}

/** The i18n key of a catalog factor's reason. */
export const reasonKeyOf = (code: FactorCode): string => `risk.factor.${code}.reason`;
