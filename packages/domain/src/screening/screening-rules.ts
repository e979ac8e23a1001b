/**
 * What a contact's screening decides (issue 19, "rules in the domain"): the category of a list, which
 * hits are raised again, the factors they make and the first vigilance level. The server screens names
 * and stores the results; these rules are pure.
 */
import { type CountryRiskLists, classifyCountry } from '../risk/contact-facts.ts';
import type { ScreeningHit } from './types.ts';

export type TListCategory = 'sanctions' | 'pep' | 'watchlist';

/** PEP data come as OpenSanctions / Senzing files; an agency's own CSV is its watch list; others are sanctions. */
export function listCategory(format: string): TListCategory {
  if (format === 'watchlist-csv') return 'watchlist';
  if (format === 'senzing-jsonl' || format === 'opensanctions-ftm-jsonl') return 'pep';
  return 'sanctions';
}

export type TScreeningFactor =
  | { code: 'sanctions_hit' | 'pep_hit' | 'watchlist_hit'; list: string; entryId: string; party: string }
  | { code: 'high_risk_country' | 'monitored_country'; country: string; party: string };

/** A hit found now, with what identifies the list entry and the party as they were screened. */
export type TFoundHit<TParty extends { contactId: string }> = {
  party: TParty;
  hit: ScreeningHit;
  /** Hash of the list entry's content. */
  hash: string;
  /** Hash of the party's screened data (name, birth date, countries). */
  fingerprint: string;
};

/** A hit of an earlier screening of the same contact, with the disposition it received. */
export type TEarlierHit = {
  partyContactId: string;
  list: string;
  entryId: string;
  entryHash: string;
  partyFingerprint: string;
  disposition: 'open' | 'true_match' | 'false_positive';
};

/**
 * False-positive suppression: a hit dismissed earlier as a false positive is not raised again unless the
 * list entry or the party changed (then it is reviewed anew); a confirmed match on unchanged data keeps its
 * confirmation (`carried`). `isNew` is 1 for a hit no earlier screening of the contact had.
 */
export function keepHits<
  TParty extends { contactId: string },
  TFound extends TFoundHit<TParty>,
  TEarlier extends TEarlierHit,
>(
  found: readonly TFound[],
  earlier: readonly TEarlier[],
): (TFound & { isNew: 0 | 1; carried: TEarlier | null })[] {
  return found.flatMap((f) => {
    const before = earlier.find(
      (p) => p.partyContactId === f.party.contactId && p.list === f.hit.list && p.entryId === f.hit.entryId,
    );
    const unchanged = before && before.entryHash === f.hash && before.partyFingerprint === f.fingerprint;
    if (unchanged && before.disposition === 'false_positive') return [];
    return [
      {
        ...f,
        isNew: before ? (0 as const) : (1 as const),
        carried: unchanged && before.disposition === 'true_match' ? before : null,
      },
    ];
  });
}

/**
 * The factors of a screening: one per kept hit, by the entry's own category (OpenSanctions topics) else its
 * list's; one per party's country on the FATF / EU lists (high risk) or under increased monitoring.
 */
export function screeningFactors(
  kept: readonly { party: { name: string }; hit: ScreeningHit; category: TListCategory | undefined }[],
  parties: readonly { name: string; countries: readonly string[] }[],
  categoryOf: ReadonlyMap<string, TListCategory>,
  countryRisk: CountryRiskLists | undefined,
): TScreeningFactor[] {
  const factors: TScreeningFactor[] = kept.map(({ party, hit, category: ofEntry }) => {
    const category = ofEntry ?? categoryOf.get(hit.list) ?? 'sanctions';
    const code =
      category === 'pep' ? 'pep_hit' : category === 'watchlist' ? 'watchlist_hit' : 'sanctions_hit';
    return { code, list: hit.list, entryId: hit.entryId, party: party.name };
  });
  for (const party of parties) {
    for (const country of party.countries) {
      const risk = classifyCountry(country, countryRisk);
      if (risk)
        factors.push({
          code: risk === 'high' ? 'high_risk_country' : 'monitored_country',
          country,
          party: party.name,
        });
    }
  }
  return factors;
}

/**
 * The first vigilance level a screening sets: heightened on any sanctions, PEP or watch-list hit not
 * dismissed, or a high-risk country (PEP: loi 18.9.2017 art. 41; high-risk countries: art. 38 and the
 * 2022 regulation; sanctions: art. 37 §1 and the freeze regulations); a monitored (grey-list) country is
 * a factor only. A contact already heightened stays heightened.
 */
export function firstVigilanceLevel(
  factors: readonly TScreeningFactor[],
  current: 'normal' | 'heightened' | null = null,
): 'normal' | 'heightened' {
  if (current === 'heightened') return 'heightened';
  return factors.some((f) => f.code !== 'monitored_country') ? 'heightened' : 'normal';
}
