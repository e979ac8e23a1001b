/**
 * Risk factors the engine knows, with the provision each implements.
 * "règl." is the BIV/IPI regulation of 2013 (seed 004; art. 15 lists its factors as dashes,
 * cited "Ne tiret"); "loi" is the AML law of 18 September 2017 now in force.
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
  article: string;
  /** Default weight in the default client acceptance policy. */
  defaultWeight: number;
  /**
   * Forces heightened vigilance whatever the score. These are legal minimums: a client
   * acceptance policy may reweigh them but never disable them.
   */
  forcesHeightened: boolean;
}

const def = (article: string, defaultWeight: number, forcesHeightened = false): FactorDefinition => ({
  article,
  defaultWeight,
  forcesHeightened,
});

/** The catalog. Reason texts are the i18n keys `risk.factor.<code>.reason`. */
export const FACTOR_CATALOG: Readonly<Record<FactorCode, FactorDefinition>> = {
  pep: def('loi 18/09/2017 art. 41; règl. art. 15, al. 1er, 7e tiret', 10, true),
  'pep-family-or-associate': def('loi 18/09/2017 art. 41; règl. art. 15, al. 4', 10, true),
  // Still heightened after office ends, until the officer documents that the risk is gone.
  'former-pep': def('loi 18/09/2017 art. 41', 10, true),
  'high-risk-country': def('loi 18/09/2017 art. 38; règl. art. 15, al. 1er, 2e tiret', 10, true),
  'increased-monitoring-country': def('règl. art. 15, al. 1er, 2e tiret', 4),
  'remote-identification-copy': def('règl. art. 15, al. 1er, 5e tiret; art. 4 §3', 5),
  'remote-identification': def('règl. art. 4 §2', 2),
  'beneficial-owners-unverified': def('règl. art. 15, al. 1er, 6e tiret; art. 10 §2', 6),
  'non-resident': def('règl. art. 15, al. 1er, 10e tiret', 2),
  'identity-document-expired': def('règl. art. 7', 3),
  'sanctions-hit': def('règl. art. 15, al. 1er, 3e tiret', 10, true),
  // An open (not dismissed) PEP hit is treated as a PEP until reviewed: a PEP never gets normal vigilance.
  'pep-screening-hit': def('loi 18/09/2017 art. 41', 10, true),
  'acts-for-third-party': def('règl. art. 9; loi 18/09/2017 art. 4, 27°', 3),
  'socio-economic-disproportion': def('règl. art. 15, al. 1er, 4e tiret', 6),
  'price-well-below-value': def('règl. art. 15, al. 1er, 1er tiret', 5),
  'geographic-distance': def('règl. art. 15, al. 1er, 9e tiret', 2),
  'sensitive-sector': def('règl. art. 15, al. 1er, 11e tiret', 4),
  'bearer-shares': def('règl. art. 15, al. 1er, 12e tiret', 6),
  'trust-or-arrangement': def('règl. art. 15, al. 1er, 13e tiret; art. 6', 5),
  'company-in-formation': def('règl. art. 15, al. 1er, 14e tiret', 4),
  'non-profit': def('règl. art. 15, al. 1er, 15e tiret', 3),
  'equity-below-price': def('règl. art. 15, al. 1er, 8e tiret', 5),
  'unusual-characteristics': def('règl. art. 15, al. 1er, 16e tiret', 5),
  'source-of-funds-unknown': def('règl. art. 16 §1, al. 1er; art. 14, al. 7', 5),
  'avoids-direct-contact': def('règl. art. 16 §3', 10, true),
  'cash-payment': def('loi 18/09/2017 art. 67; règl. art. 16 §1, al. 2, 4e tiret; art. 21', 10, true),
  'price-far-from-value': def('règl. art. 15, al. 1er, 1er tiret; art. 16 §1', 5),
  'quick-resale': def('règl. art. 16 §1, al. 2, 1er tiret', 6),
  'high-risk-country-funds': def('règl. art. 16 §1, al. 2, 2e tiret', 8),
  'early-repaid-mortgage': def('règl. art. 16 §1, al. 2, 3e tiret', 5),
  'buyer-profile-inconsistent': def('règl. art. 16 §1, al. 1er; art. 15, al. 1er, 4e tiret', 6),
  'third-party-funds': def('règl. art. 16 §1, al. 1er; art. 21, al. 2', 6),
  'third-party-beneficiary': def('règl. art. 9; art. 16 §1, al. 2, 1er tiret (hommes de paille)', 8),
  'payment-account-missing': def('règl. art. 21, al. 2', 3),
  'unusual-transaction': def('règl. art. 18 §1; art. 1er, 3°', 5),
  // Months of rent paid up front move a large sum at once, like a price (atypical operation).
  'rent-paid-in-advance': def('loi 18/09/2017 art. 35 §1; art. 45', 6),
  // The tenant's known income or activity does not explain the rent (the buyer's indicator, for rentals).
  'tenant-profile-inconsistent': def('loi 18/09/2017 art. 35 §1; art. 45', 6),
};

/** The i18n key of a catalog factor's reason. */
export const reasonKeyOf = (code: FactorCode): string => `risk.factor.${code}.reason`;
