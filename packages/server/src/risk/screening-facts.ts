import type { TDbOrTx } from '../db/client.ts';
import type { TScreeningFacts } from './contact-facts.ts';

/**
 * The screening facts of a contact for the vigilance engine. Screening results are stored by the
 * screening feature; until a contact has been screened there are no hits.
 */
export async function screeningFactsOf(
  _db: TDbOrTx,
  _organisationId: string,
  _contactId: string,
): Promise<TScreeningFacts> {
  return { hits: [], pep: 'none' };
}
