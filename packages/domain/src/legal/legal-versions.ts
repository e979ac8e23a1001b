/**
 * The sets of rules in force over time (issue 14, item 7). A computation records the version in force on
 * the day it is made, so a profile computed today can be explained with the texts of today even after the
 * law changes. Dates are Belgian calendar days as ISO strings (`YYYY-MM-DD`); the caller passes the day.
 */

/** Identifiers of the legal versions, oldest first; stored with computed profiles and policies. */
export const LEGAL_VERSIONS = ['be-2017', 'eu-amlr-2027'] as const;
export type LegalVersion = (typeof LEGAL_VERSIONS)[number];

/** How a share is compared with the beneficial-ownership threshold. */
export type OwnershipThresholdRule = 'more-than' | 'at-least';

export interface LegalVersionDefinition {
  id: LegalVersion;
  /** First day the version applies (inclusive). */
  from: string;
  /** Last day it applies (inclusive), or null while no later version is known. */
  until: string | null;
  /** Beneficial ownership through an ownership interest: 25 %, compared by `ownershipThresholdRule`. */
  ownershipThresholdBasisPoints: number;
  ownershipThresholdRule: OwnershipThresholdRule;
  /** The provision that sets the threshold. */
  ownershipArticle: string;
}

/**
 * - `be-2017`: law of 18 September 2017, art. 4, 27°, a), i) (transposing Directive (EU) 2015/849 art. 3,
 *   6), a), i): "25 % plus one share"), with the BIV/IPI regulation approved by the Royal Decree of
 *   1 April 2022 — a natural person owning **more than** 25 %.
 * - `eu-amlr-2027`: Regulation (EU) 2024/1624 (AMLR), applicable from 10 July 2027 (art. 90): art. 52 §1,
 *   an ownership interest is **25 % or more**, the indirect share being the product along each chain,
 *   summed over the chains.
 */
export const LEGAL_VERSION_DEFINITIONS: Record<LegalVersion, LegalVersionDefinition> = {
  'be-2017': {
    id: 'be-2017',
    from: '2017-10-16',
    until: '2027-07-09',
    ownershipThresholdBasisPoints: 2500,
    ownershipThresholdRule: 'more-than',
    ownershipArticle: 'loi art. 4, 27°',
  },
  'eu-amlr-2027': {
    id: 'eu-amlr-2027',
    from: '2027-07-10',
    until: null,
    ownershipThresholdBasisPoints: 2500,
    ownershipThresholdRule: 'at-least',
    ownershipArticle: 'AMLR art. 52 §1',
  },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The legal version in force on `day` (`YYYY-MM-DD`, or an ISO timestamp whose date part is used).
 * Days before the 2017 law still get `be-2017`: Vigilo holds no earlier rules, and no profile predates it.
 */
export function legalVersionOn(day: string): LegalVersion {
  const date = day.slice(0, 10);
  if (!ISO_DAY.test(date)) throw new RangeError(`legalVersionOn: not an ISO date: ${day}`);
  let current: LegalVersion = LEGAL_VERSIONS[0];
  for (const id of LEGAL_VERSIONS) {
    if (LEGAL_VERSION_DEFINITIONS[id].from <= date) current = id;
  }
  return current;
}
