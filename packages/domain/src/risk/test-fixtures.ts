import {
  type ContactFacts,
  type CountryRiskLists,
  ZContactFacts,
  ZCountryRiskLists,
} from './contact-facts.ts';
import type { Answers } from './questionnaire.ts';

/** A Belgian resident identified face to face, with nothing to report. */
export const cleanPerson: ContactFacts = ZContactFacts.parse({
  type: 'natural',
  nationalities: ['BE'],
  residenceCountry: 'BE',
  identificationMode: 'face-to-face',
  beneficialOwnersVerified: null,
});

/** A Belgian company with verified beneficial owners. */
export const cleanCompany: ContactFacts = ZContactFacts.parse({
  type: 'legal',
  residenceCountry: 'BE',
  identificationMode: 'face-to-face',
  beneficialOwnersVerified: true,
});

/** Illustrative lists (tests only; real lists are imported and versioned by screening). */
export const countryRisk: CountryRiskLists = ZCountryRiskLists.parse({
  version: 'test-2025-06',
  fatfCallForAction: ['KP', 'IR', 'MM'],
  fatfIncreasedMonitoring: ['ZA', 'NG'],
  euHighRiskThirdCountries: ['AF'],
});

const commonContactAnswers = {
  isPep: false,
  sensitiveSector: false,
  geographicDistance: false,
  unusualCharacteristics: false,
} as const;

/** Buyer answers that raise nothing. */
export const cleanBuyerAnswers: Answers = {
  actsOnOwnAccount: true,
  ...commonContactAnswers,
  sourceOfFunds: ['own-savings', 'mortgage-loan'],
  disproportionWithSituation: false,
};

/** Seller answers that raise nothing. */
export const cleanSellerAnswers: Answers = {
  actsOnOwnAccount: true,
  ...commonContactAnswers,
  priceWellBelowValue: false,
};

/** Transaction answers that raise nothing (price €300,000, valuation €310,000). */
export const cleanTransactionAnswers: Answers = {
  priceCents: 30_000_000,
  valuationKnown: true,
  valuationCents: 31_000_000,
  cashPayment: false,
  sellerAcquiredRecently: false,
  paymentAccountKnown: true,
  paymentAccountIban: 'BE68539007547034',
  paymentAccountHolder: 'buyer',
  fundsFromHighRiskCountry: false,
  mortgageEarlyRepaid: false,
  buyerProfileInconsistent: false,
  thirdPartyBeneficiary: false,
  unusualCircumstances: false,
};
