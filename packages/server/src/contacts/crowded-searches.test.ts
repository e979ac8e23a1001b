import { describe, expect, it } from 'vitest';
import { CrowdedSearches } from './crowded-searches.ts';

describe('CrowdedSearches', () => {
  it('remembers a search that passed the cap, and forgets it once it no longer does', () => {
    const crowded = new CrowdedSearches();
    expect(crowded.has('a')).toBe(false);
    crowded.remember('a', true);
    expect(crowded.has('a')).toBe(true);
    crowded.remember('a', false);
    expect(crowded.has('a')).toBe(false);
  });

  it('keeps at most its capacity, dropping the search remembered longest ago', () => {
    const crowded = new CrowdedSearches(2);
    crowded.remember('a', true);
    crowded.remember('b', true);
    crowded.remember('a', true);
    crowded.remember('c', true);
    expect([crowded.has('a'), crowded.has('b'), crowded.has('c')]).toEqual([true, false, true]);
  });
});
