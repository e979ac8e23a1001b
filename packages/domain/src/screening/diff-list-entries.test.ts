import { describe, expect, it } from 'vitest';
import { diffListEntries, diffListHashes } from './diff-list-entries.ts';
import type { ListEntry } from './types.ts';

const entry = (entryId: string, name: string, countries: string[] = []): ListEntry => ({
  entryId,
  kind: 'person',
  names: [{ full: name, quality: 'strong' }],
  birthDates: [],
  countries,
  addressCountries: [],
});

describe('diffListEntries', () => {
  it('reports added, changed and removed entries by entry id', () => {
    const previous = [entry('1', 'Ann Smith'), entry('2', 'Bob Jones'), entry('3', 'Cy Twombly')];
    const current = [entry('1', 'Ann Smith'), entry('2', 'Bob Jones', ['BE']), entry('4', 'Dee Dee')];
    const diff = diffListEntries(previous, current);
    expect(diff.added.map((e) => e.entryId)).toEqual(['4']);
    expect(diff.changed.map((c) => [c.previous.countries, c.current.countries])).toEqual([[[], ['BE']]]);
    expect(diff.removed.map((e) => e.entryId)).toEqual(['3']);
  });

  it('ignores key order', () => {
    const a = entry('1', 'Ann Smith');
    const { names, entryId, ...rest } = a;
    const reordered = { ...rest, names, entryId } as ListEntry;
    expect(diffListEntries([a], [reordered]).changed).toEqual([]);
  });
});

describe('diffListHashes', () => {
  it('gives the same ids as diffListEntries from the entries’ hashes alone', () => {
    const previous = new Map([
      ['1', 'h1'],
      ['2', 'h2'],
      ['3', 'h3'],
    ]);
    const current = [
      { entryId: '1', hash: 'h1' },
      { entryId: '2', hash: 'h2-changed' },
      { entryId: '4', hash: 'h4' },
    ];
    expect(diffListHashes(previous, current)).toEqual({ added: ['4'], changed: ['2'], removed: ['3'] });
  });
});
