import type { ContactFacts } from './contact-facts.ts';
import type { Answers } from './questionnaire.ts';

/**
 * Enhanced measures a PEP business relationship needs before it may be accepted (loi 18/09/2017
 * art. 41 §1): source of wealth and source of funds established, and senior management's approval
 * (the organisation's manager) besides the AML officer's decision. Unlike the hard stops, they can be
 * completed: they never stop the collaborator from proposing acceptance to the officer, only the
 * acceptance itself.
 */
export const PEP_MEASURE_BLOCKERS = [
  'pep-source-of-wealth-missing',
  'pep-source-of-funds-missing',
  'pep-senior-management-approval-missing',
] as const;
export type PepMeasureBlocker = (typeof PEP_MEASURE_BLOCKERS)[number];

/**
 * Hard stops: facts that forbid accepting a case whatever the vigilance score and whoever decides
 * (issue 14, item 2). The case can still be refused or reported to CTIF-CFI.
 */
export const ACCEPTANCE_BLOCKERS = [
  'sanctions-true-match',
  'cash-payment',
  'beneficial-owners-missing',
  'identity-document-expired',
  // PEP measures (issue 14, item 3): missing until recorded, they hold back only the final acceptance.
  ...PEP_MEASURE_BLOCKERS,
  // Due diligence that cannot be completed (issue 14, item 4: mandatory data, verified beneficial owners).
  'identification-data-missing',
  'beneficial-owners-unverified',
] as const;

/** One hard stop. */
export type AcceptanceBlocker = (typeof ACCEPTANCE_BLOCKERS)[number];

/**
 * The provision behind each hard stop (texts in force; see docs/DOMAIN.md for what was verified).
 * Reason texts are the i18n keys `risk.blocker.<code>.reason`.
 */
export const ACCEPTANCE_BLOCKER_ARTICLES: Readonly<Record<AcceptanceBlocker, string>> = {
  // Funds of a listed person must be frozen: no business may be done with them.
  'sanctions-true-match':
    'EU/UN/BE asset-freeze regimes (Council regulations under art. 215 TFEU; Belgian national list); loi 18/09/2017 art. 47',
  // The price of an immovable may only be paid by transfer or cheque: not one euro in cash.
  'cash-payment': 'loi 18/09/2017 art. 67',
  // Due diligence that cannot be completed forbids the relationship; it does not only weigh.
  'beneficial-owners-missing': 'loi 18/09/2017 art. 23–24, 33',
  'identity-document-expired': 'loi 18/09/2017 art. 26–27, 33',
  'pep-source-of-wealth-missing': 'loi 18/09/2017 art. 41 §1',
  'pep-source-of-funds-missing': 'loi 18/09/2017 art. 41 §1',
  'pep-senior-management-approval-missing': 'loi 18/09/2017 art. 41 §1',
  'identification-data-missing': 'loi 18/09/2017 art. 26, 33',
  'beneficial-owners-unverified': 'loi 18/09/2017 art. 24, 27, 33',
};

/** Whether a blocker is a hard stop (never completed; forbids even proposing acceptance). */
export const isHardStop = (blocker: AcceptanceBlocker): boolean =>
  !(PEP_MEASURE_BLOCKERS as readonly string[]).includes(blocker);

/** What the PEP measures look at: whether the case is a PEP case and what was recorded on it. */
export interface PepMeasures {
  sourceOfWealthRecorded: boolean;
  sourceOfFundsRecorded: boolean;
  seniorManagementApproved: boolean;
}

/** Lists whose true match means an asset freeze (a watchlist or PEP match does not). */
export const ASSET_FREEZE_LISTS: ReadonlySet<string> = new Set<string>([
  'eu-sanctions',
  'un-sanctions',
  'be-national',
  'other-sanctions',
]);

/** What the hard stops look at: every party's screening hits, the answers, the contact's identification. */
export interface AcceptanceBlockerInput {
  screeningHits: readonly ContactFacts['screeningHits'][number][];
  answers?: Answers;
  /** For a contact's own profile: whether its identification can be completed. */
  identification?: Pick<ContactFacts, 'beneficialOwnersVerified' | 'identityDocumentExpired'>;
  /** Set when the case concerns a PEP (`isPepCase`): the enhanced measures recorded on it. */
  pepMeasures?: PepMeasures;
  /**
   * For a contact's own profile: what due diligence still lacks (issue 14, item 4) — mandatory
   * identification fields missing and beneficial owners recorded but not verified (their contact ids).
   */
  dueDiligence?: {
    missingData: readonly string[];
    unverifiedBeneficialOwners: readonly string[];
  };
}

/**
 * The hard stops of a case: a hit the officer confirmed as a true match on an asset-freeze list, any
 * intended cash payment of the price or deposit, or identification that cannot be completed (no
 * beneficial owner identified, the identity document expired). An open hit is not a hard stop yet (it forces
 * heightened vigilance until reviewed); confirming it makes acceptance impossible.
 */
export function findAcceptanceBlockers(input: AcceptanceBlockerInput): AcceptanceBlocker[] {
  const blockers: AcceptanceBlocker[] = [];
  if (input.screeningHits.some((hit) => hit.status === 'true-match' && ASSET_FREEZE_LISTS.has(hit.list))) {
    blockers.push('sanctions-true-match');
  }
  if (input.answers?.cashPayment === true) blockers.push('cash-payment');
  // No beneficial owner (nor, for an entity, senior managing official) identified.
  if (input.identification?.beneficialOwnersVerified === false) blockers.push('beneficial-owners-missing');
  if (input.identification?.identityDocumentExpired) blockers.push('identity-document-expired');
  if (input.pepMeasures) {
    const measures = input.pepMeasures;
    if (!measures.sourceOfWealthRecorded) blockers.push('pep-source-of-wealth-missing');
    if (!measures.sourceOfFundsRecorded) blockers.push('pep-source-of-funds-missing');
    if (!measures.seniorManagementApproved) blockers.push('pep-senior-management-approval-missing');
  }
  // Due diligence incomplete: recording is not enough, the data must be there and the owners verified.
  if (input.dueDiligence?.missingData.length) blockers.push('identification-data-missing');
  if (input.dueDiligence?.unverifiedBeneficialOwners.length) blockers.push('beneficial-owners-unverified');
  return blockers;
}

/** Factor codes that make a case a PEP case (each forces heightened vigilance, loi art. 41). */
export const PEP_FACTOR_CODES: readonly string[] = [
  'pep',
  'pep-family-or-associate',
  'former-pep',
  'pep-screening-hit',
];

/**
 * Whether a case needs the PEP measures: its computed factors name a PEP, or the contact's facts now
 * do (a PEP hit screened after computing, a PEP recorded in identification and not ended by the officer).
 */
export function isPepCase(
  factorCodes: readonly string[],
  facts?: Pick<ContactFacts, 'pep' | 'pepStanding' | 'screeningHits'>,
): boolean {
  if (factorCodes.some((code) => PEP_FACTOR_CODES.includes(code))) return true;
  if (!facts) return false;
  if (facts.pep !== 'none' && facts.pepStanding !== 'risk-ended' && facts.pepStanding !== 'not-pep') {
    return true;
  }
  return facts.screeningHits.some((hit) => hit.list === 'pep' && hit.status === 'open');
}
