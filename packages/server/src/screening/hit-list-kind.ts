import type { ContactFacts } from '@vigilo/domain/risk/index.ts';

/** The kind of list a hit is on, as the vigilance rules and hard stops name it (the domain's screening hit). */
export type TRiskList = ContactFacts['screeningHits'][number]['list'];

const riskListOf: Record<string, TRiskList> = {
  eu: 'eu-sanctions',
  un: 'un-sanctions',
  be: 'be-national',
  watchlist: 'watchlist',
};

/**
 * Which kind of list a hit is on: PEP when its screening counted it as PEP data, else by the list's source
 * (any other source counts as sanctions, docs/ARCHITECTURE.md "Screening categories").
 */
export function riskListOfHit(
  hit: { list: string; entryId: string },
  screeningFactors: readonly { code: string; list?: string; entryId?: string }[],
): TRiskList {
  const isPep = screeningFactors.some(
    (f) => f.code === 'pep_hit' && f.list === hit.list && f.entryId === hit.entryId,
  );
  return isPep ? 'pep' : (riskListOf[hit.list] ?? 'other-sanctions');
}
