import type { TDbOrTx } from '../db/client.ts';
import { riskListOfHit } from '../screening/hit-list-kind.ts';
import { latestScreening } from '../screening/screening.service.ts';
import type { TScreeningFacts } from './contact-facts.ts';

/**
 * The latest screening of a contact as facts for the vigilance engine: every hit not dismissed as a false
 * positive counts (an open hit counts like a match until someone reviews it); PEP data make a PEP fact.
 */
export async function screeningFactsOf(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
): Promise<TScreeningFacts> {
  const latest = await latestScreening(db, organisationId, contactId);
  if (!latest) return { hits: [], pep: 'none' };
  const factors = latest.screening.factors as { code: string; list?: string; entryId?: string }[];
  const hits = latest.hits.map(({ hit }) => ({
    list: riskListOfHit(hit, factors),
    status:
      hit.disposition === 'true_match'
        ? ('true-match' as const)
        : hit.disposition === 'false_positive'
          ? ('false-positive' as const)
          : ('open' as const),
  }));
  const pepMatch = hits.some((h) => h.list === 'pep' && h.status === 'true-match');
  return { hits, pep: pepMatch ? 'holder' : 'none' };
}
