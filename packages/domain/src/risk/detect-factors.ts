import type { AcceptancePolicy } from './acceptance-policy.ts';
import { type ContactFacts, type CountryRiskLists, classifyCountry } from './contact-facts.ts';
import type { FactorCode } from './factor-catalog.ts';
import type { Answers, AnswerValue } from './questionnaire.ts';

/** Where a factor comes from (shown to the officer next to the reason). */
export type FactorSource = 'answer' | 'contact' | 'screening' | 'policy';

/** A factor found in the input, before weighting. */
export interface DetectedFactor {
  code: FactorCode;
  source: FactorSource;
  questionId?: string;
}

const SANCTIONS_LISTS = new Set([
  'eu-sanctions',
  'un-sanctions',
  'be-national',
  'other-sanctions',
  'watchlist',
]);

/**
 * Screening factors (M4). An open (not yet dispositioned) sanctions hit counts like a true match
 * until the officer marks it a false positive: a possible sanctions match never goes unnoticed.
 */
export function detectScreeningFactors(facts: ContactFacts): DetectedFactor[] {
  const found: DetectedFactor[] = [];
  const live = facts.screeningHits.filter((hit) => hit.status !== 'false-positive');
  if (live.some((hit) => SANCTIONS_LISTS.has(hit.list)))
    found.push({ code: 'sanctions-hit', source: 'screening' });
  if (live.some((hit) => hit.list === 'pep' && hit.status === 'true-match')) {
    // A confirmed PEP whose recorded function ended follows the end-of-office rule (loi art. 41).
    const code = pepCodeAfterOffice(facts, 'pep');
    if (code) found.push({ code, source: 'screening' });
  } else if (live.some((hit) => hit.list === 'pep')) {
    found.push({ code: 'pep-screening-hit', source: 'screening' });
  }
  return found;
}

/**
 * The PEP factor once the recorded function's end is known (loi art. 41): still a PEP in office and
 * during the 12 months after it; after them `former-pep` (still forced) until the officer's documented
 * assessment ends it (then none).
 */
function pepCodeAfterOffice(facts: ContactFacts, inOffice: FactorCode): FactorCode | null {
  if (facts.pep === 'none') return inOffice;
  if (facts.pepStanding === 'risk-ended') return null;
  if (facts.pepStanding === 'left-over-12-months') return 'former-pep';
  return inOffice;
}

/** Factors from the identification data of the contact (law of 18 September 2017 art. 23–27, annex III; 2022 regulation). */
export function detectContactFactors(facts: ContactFacts, countryRisk?: CountryRiskLists): DetectedFactor[] {
  const found: DetectedFactor[] = [];
  const add = (code: FactorCode) => found.push({ code, source: 'contact' });
  if (facts.pep !== 'none') {
    const code = pepCodeAfterOffice(facts, facts.pep === 'holder' ? 'pep' : 'pep-family-or-associate');
    if (code) add(code);
  }

  const countries = [...facts.nationalities, ...facts.relatedPartyCountries];
  if (facts.residenceCountry) countries.push(facts.residenceCountry);
  const classes = countries.map((country) => classifyCountry(country, countryRisk));
  if (classes.includes('high')) add('high-risk-country');
  else if (classes.includes('monitored')) add('increased-monitoring-country');

  if (facts.identificationMode === 'remote-copy') add('remote-identification-copy');
  if (
    facts.identificationMode === 'remote-eid' ||
    facts.identificationMode === 'remote-qualified-certificate'
  ) {
    add('remote-identification');
  }
  if (facts.beneficialOwnersVerified === false) add('beneficial-owners-unverified');
  if (facts.residenceCountry !== null && facts.residenceCountry !== 'BE') add('non-resident');
  if (facts.identityDocumentExpired) add('identity-document-expired');
  return found;
}

type Rule = {
  questionId: string;
  code: FactorCode;
  applies: (
    value: AnswerValue,
    answers: Answers,
    policy: AcceptancePolicy,
    lists?: CountryRiskLists,
  ) => boolean;
};

const isTrue = (value: AnswerValue) => value === true;
const isFalse = (value: AnswerValue) => value === false;
const equalsOneOf =
  (...options: string[]) =>
  (value: AnswerValue) =>
    typeof value === 'string' && options.includes(value);
const num = (value: AnswerValue | undefined): number | null => (typeof value === 'number' ? value : null);
const pepStillCounts = (answers: Answers) => answers.pepLeftOfficeOver12Months !== true;

/** Answer → factor rules, for every questionnaire (a rule fires only if its question is visible). */
const ANSWER_RULES: readonly Rule[] = [
  { questionId: 'actsOnOwnAccount', code: 'acts-for-third-party', applies: isFalse },
  { questionId: 'entityForm', code: 'company-in-formation', applies: equalsOneOf('company-in-formation') },
  { questionId: 'entityForm', code: 'non-profit', applies: equalsOneOf('non-profit', 'foreign-non-profit') },
  {
    questionId: 'entityForm',
    code: 'trust-or-arrangement',
    applies: equalsOneOf('trust-or-fiduciary', 'de-facto-association'),
  },
  { questionId: 'bearerShares', code: 'bearer-shares', applies: isTrue },
  { questionId: 'pepRole', code: 'pep', applies: (v, a) => v === 'holder' && pepStillCounts(a) },
  {
    questionId: 'pepRole',
    code: 'pep-family-or-associate',
    applies: (v, a) => equalsOneOf('family-member', 'close-associate')(v) && pepStillCounts(a),
  },
  // Status lasts at least 12 months after leaving office; afterwards the risk is weighed, not forced.
  { questionId: 'pepLeftOfficeOver12Months', code: 'former-pep', applies: isTrue },
  {
    questionId: 'sourceOfFunds',
    code: 'source-of-funds-unknown',
    applies: (v) => Array.isArray(v) && v.includes('unknown'),
  },
  { questionId: 'disproportionWithSituation', code: 'socio-economic-disproportion', applies: isTrue },
  { questionId: 'equityBelowPrice', code: 'equity-below-price', applies: isTrue },
  { questionId: 'priceWellBelowValue', code: 'price-well-below-value', applies: isTrue },
  { questionId: 'sensitiveSector', code: 'sensitive-sector', applies: isTrue },
  { questionId: 'geographicDistance', code: 'geographic-distance', applies: isTrue },
  { questionId: 'avoidsDirectContact', code: 'avoids-direct-contact', applies: isTrue },
  { questionId: 'unusualCharacteristics', code: 'unusual-characteristics', applies: isTrue },
  // Any intended cash payment of the price or deposit, whatever the amount (loi art. 67).
  { questionId: 'cashPayment', code: 'cash-payment', applies: isTrue },
  {
    questionId: 'valuationCents',
    code: 'price-far-from-value',
    applies: (v, a, policy) => {
      const [price, valuation] = [num(a.priceCents), num(v)];
      if (price === null || valuation === null) return false;
      return Math.abs(price - valuation) * 10_000 > policy.priceDeviationBasisPoints * valuation;
    },
  },
  {
    questionId: 'previousPriceCents',
    code: 'quick-resale',
    applies: (v, a, policy) => {
      const [price, previous] = [num(a.priceCents), num(v)];
      if (price === null || previous === null) return false;
      return price * 10_000 >= previous * (10_000 + policy.quickResaleMarkupBasisPoints);
    },
  },
  { questionId: 'paymentAccountKnown', code: 'payment-account-missing', applies: isFalse },
  { questionId: 'paymentAccountHolder', code: 'third-party-funds', applies: equalsOneOf('third-party') },
  { questionId: 'fundsFromHighRiskCountry', code: 'high-risk-country-funds', applies: isTrue },
  {
    questionId: 'paymentAccountIban',
    code: 'high-risk-country-funds',
    applies: (v, _a, _p, lists) => typeof v === 'string' && classifyCountry(v.slice(0, 2), lists) !== null,
  },
  { questionId: 'mortgageEarlyRepaid', code: 'early-repaid-mortgage', applies: isTrue },
  { questionId: 'buyerProfileInconsistent', code: 'buyer-profile-inconsistent', applies: isTrue },
  { questionId: 'thirdPartyBeneficiary', code: 'third-party-beneficiary', applies: isTrue },
  { questionId: 'unusualCircumstances', code: 'unusual-transaction', applies: isTrue },
  { questionId: 'rentPaidInAdvance', code: 'rent-paid-in-advance', applies: isTrue },
  { questionId: 'tenantProfileInconsistent', code: 'tenant-profile-inconsistent', applies: isTrue },
];

/** Factors from the answers of visible questions. */
export function detectAnswerFactors(
  answers: Answers,
  policy: AcceptancePolicy,
  countryRisk?: CountryRiskLists,
): DetectedFactor[] {
  return ANSWER_RULES.filter((rule) => {
    const value = answers[rule.questionId];
    return value !== undefined && rule.applies(value, answers, policy, countryRisk);
  }).map((rule) => ({ code: rule.code, source: 'answer' as const, questionId: rule.questionId }));
}
