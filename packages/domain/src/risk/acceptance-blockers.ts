import type { ContactFacts } from './contact-facts.ts';
import type { Answers } from './questionnaire.ts';

/**
 * Hard stops: facts that forbid accepting a case whatever the vigilance score and whoever decides
 * (issue 14, item 2). The case can still be refused or reported to CTIF-CFI.
 */
export const ACCEPTANCE_BLOCKERS = [
  'sanctions-true-match',
  'cash-payment',
  'beneficial-owners-missing',
  'identity-document-expired',
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
};

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
  return blockers;
}
