import { describe, expect, it } from 'vitest';
import { countryRisk } from '../risk/test-fixtures.ts';
import { firstVigilanceLevel, keepHits, listCategory, screeningFactors } from './screening-rules.ts';
import type { ScreeningHit } from './types.ts';

const hit = (entryId: string, list = 'eu') => ({ list, entryId }) as ScreeningHit;
const party = { contactId: 'c1', name: 'Jan Peeters', countries: ['BE'] };

describe('screening rules in the domain', () => {
  it('names the category of a list by its format', () => {
    expect(listCategory('watchlist-csv')).toBe('watchlist');
    expect(listCategory('senzing-jsonl')).toBe('pep');
    expect(listCategory('opensanctions-ftm-jsonl')).toBe('pep');
    expect(listCategory('eu-fsf-xml')).toBe('sanctions');
  });

  it('does not raise again a false positive on unchanged data, but does once the entry or party changed', () => {
    const found = [{ party, hit: hit('e1'), hash: 'h1', fingerprint: 'f1' }];
    const dismissed = {
      partyContactId: 'c1',
      list: 'eu',
      entryId: 'e1',
      entryHash: 'h1',
      partyFingerprint: 'f1',
      disposition: 'false_positive' as const,
    };
    expect(keepHits(found, [dismissed])).toEqual([]);
    expect(keepHits(found, [{ ...dismissed, entryHash: 'h2' }])).toMatchObject([{ isNew: 0, carried: null }]);
    expect(keepHits(found, [{ ...dismissed, partyFingerprint: 'f2' }])).toHaveLength(1);
    const confirmed = { ...dismissed, disposition: 'true_match' as const };
    expect(keepHits(found, [confirmed])[0]?.carried).toBe(confirmed);
    expect(keepHits(found, [])).toMatchObject([{ isNew: 1, carried: null }]);
  });

  it('sets the first level: heightened on a hit or a high-risk country, not on a monitored one', () => {
    const pep = screeningFactors(
      [{ party, hit: hit('p1', 'pep-list'), category: undefined }],
      [],
      new Map([['pep-list', 'pep']]),
      countryRisk,
    );
    expect(pep).toEqual([{ code: 'pep_hit', list: 'pep-list', entryId: 'p1', party: 'Jan Peeters' }]);
    expect(firstVigilanceLevel(pep)).toBe('heightened');
    expect(firstVigilanceLevel([])).toBe('normal');
    expect(firstVigilanceLevel([{ code: 'monitored_country', country: 'XX', party: 'Jan' }])).toBe('normal');
    expect(firstVigilanceLevel([], 'heightened')).toBe('heightened');
    expect(screeningFactors([], [party], new Map(), countryRisk)).toEqual([]);
    const abroad = screeningFactors([], [{ name: 'Jan', countries: ['IR', 'ZA'] }], new Map(), countryRisk);
    expect(abroad.map((f) => f.code)).toEqual(['high_risk_country', 'monitored_country']);
    expect(firstVigilanceLevel(abroad)).toBe('heightened');
  });
});
