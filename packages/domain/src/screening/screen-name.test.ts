import { beforeAll, describe, expect, it } from 'vitest';
import { buildScreeningIndex, type ScreeningIndex } from './build-screening-index.ts';
import { DEFAULT_SCREENING_THRESHOLD, screenName } from './screen-name.ts';
import type { ListEntry } from './types.ts';

const person = (entryId: string, names: string[], extra: Partial<ListEntry> = {}): ListEntry => ({
  entryId,
  kind: 'person',
  names: names.map((full) => ({ full, quality: 'strong' })),
  birthDates: [],
  countries: [],
  addressCountries: [],
  ...extra,
});

const entity = (entryId: string, name: string): ListEntry => ({ ...person(entryId, [name]), kind: 'entity' });

/** Filler so that part weights behave as on a real list: "mohamed", "ali", "hassan" become common. */
function fillerEntries(): ListEntry[] {
  const common = ['Mohamed', 'Ali', 'Hassan', 'Ahmed', 'Abdul', 'Khan'];
  return Array.from({ length: 1500 }, (_, i) =>
    person(`F${i}`, [`${common[i % common.length]} ${common[(i * 7 + 1) % common.length]} Filler${i}son`]),
  );
}

describe('screenName', () => {
  let index: ScreeningIndex;

  beforeAll(() => {
    index = buildScreeningIndex([
      {
        list: 'test',
        entries: [
          person('PUTIN', ['Vladimir Vladimirovich PUTIN', 'Владимир Владимирович Путин'], {
            birthDates: [{ from: '1952-10-07' }],
            countries: ['RU'],
          }),
          person('BASHIR', ['Mohamed Ali Hassan AL-BASHIR'], {
            birthDates: [{ from: '1960' }],
            countries: ['SD'],
          }),
          person('DUPONT', ['Jean-Marc Dupont-Lambert']),
          person('ABU', ['Abu Mohammed'], { names: [{ full: 'Abu Zubair Qahtani', quality: 'weak' }] }),
          entity('ACME', 'Acmetronics Holding Ltd'),
          entity('GENERIC', 'International Holding Corporation'),
          ...fillerEntries(),
        ],
      },
    ]);
  });

  const top = (name: string, extra: object = {}) =>
    screenName(index, { name, ...extra }, { threshold: 0.3 })[0];

  it('matches a name regardless of "LAST, First" or case', () => {
    const hit = top('PUTIN, Vladimir Vladimirovich');
    expect(hit?.entryId).toBe('PUTIN');
    expect(hit?.score).toBe(1);
  });

  it('does not reward a swapped first and last name as a perfect match', () => {
    const swapped = top('Putin Vladimir Vladimirovich');
    expect(swapped?.entryId).toBe('PUTIN');
    expect(swapped?.explanation.isReordered).toBe(true);
    expect(swapped!.score).toBeLessThan(1);
    expect(swapped!.score).toBeGreaterThanOrEqual(DEFAULT_SCREENING_THRESHOLD);
  });

  it('tolerates a dropped middle name, a typo, a transliteration and an initial', () => {
    for (const name of [
      'Vladimir Putin',
      'Vladimir Vladimirovich Putni',
      'Vladimir Poutine',
      'V. V. Putin',
    ]) {
      expect(top(name)?.entryId, name).toBe('PUTIN');
    }
    expect(screenName(index, { name: 'Vladimir Putin' })[0]?.entryId).toBe('PUTIN');
  });

  it('matches across scripts, both ways', () => {
    expect(screenName(index, { name: 'Владимир Путин' })[0]?.entryId).toBe('PUTIN');
    const latinOnly = buildScreeningIndex([
      { list: 'x', entries: [person('K', ['Кузнецова Анна Юрьевна'])] },
    ]);
    expect(screenName(latinOnly, { name: 'Anna Kuznetsova' })[0]?.entryId).toBe('K');
  });

  it('handles particles and hyphenated compound names', () => {
    expect(
      screenName(index, { name: 'Omar Hassan El Bashir Mohamed Ali' }, { threshold: 0.5 })[0]?.entryId,
    ).toBe('BASHIR');
    expect(screenName(index, { name: 'Jean Marc Dupont Lambert' })[0]?.score).toBe(1);
  });

  it('does not alert on two common parts found inside a longer listed name', () => {
    expect(screenName(index, { name: 'Mohamed Ali' })).toEqual([]);
    expect(screenName(index, { name: 'Mohamed Ali Hassan Al-Bashir' })[0]?.entryId).toBe('BASHIR');
  });

  it('lets birth date and nationality confirm or dismiss a resemblance', () => {
    const nameOnly = top('Vladimir Putin')!.score;
    const confirmed = top('Vladimir Putin', { birthDate: '1952-10-07', countries: ['RU'] })!;
    const dismissed = top('Vladimir Putin', { birthDate: '1985-06-15', countries: ['BE'] })!;
    expect(confirmed.score).toBeGreaterThan(nameOnly);
    expect(confirmed.explanation.birthDate.agreement).toBe('exact');
    expect(confirmed.explanation.countries.agreement).toBe('agree');
    expect(dismissed.score).toBeLessThan(DEFAULT_SCREENING_THRESHOLD);
    expect(dismissed.explanation.birthDate.agreement).toBe('conflict');
    expect(dismissed.explanation.countries.agreement).toBe('conflict');
  });

  it('counts a birth date one year or a few days off against the name when the nationality differs too', () => {
    const typo = top('Vladimir Putin', { birthDate: '1952-10-08', countries: ['RU'] })!;
    expect(typo.score).toBeGreaterThanOrEqual(DEFAULT_SCREENING_THRESHOLD);
    expect(typo.explanation.birthDate).toMatchObject({ agreement: 'near', adjustment: 0 });
    const someoneElse = screenName(
      index,
      { name: 'Vladimir Putin', birthDate: '1952-10-08', countries: ['BE'] },
      { threshold: 0.5 },
    )[0]!;
    expect(someoneElse.score).toBeLessThan(DEFAULT_SCREENING_THRESHOLD);
    expect(someoneElse.explanation.birthDate).toMatchObject({ agreement: 'near', adjustment: -0.1 });
    expect(someoneElse.explanation.countries.agreement).toBe('conflict');
  });

  it('never matches on a legal form or generic word alone, and ignores them around a real name', () => {
    for (const name of ['CORP', 'LTD', 'HOLDING', 'Holding Ltd', 'International Holding']) {
      expect(screenName(index, { name, kind: 'entity' }), name).toEqual([]);
    }
    const hit = screenName(index, { name: 'ACMETRONICS NV', kind: 'entity' })[0];
    expect(hit?.entryId).toBe('ACME');
    expect(hit?.explanation.ignoredParts).toEqual(expect.arrayContaining(['nv', 'ltd']));
  });

  it('counts weak aliases less', () => {
    const weak = top('Abu Zubair Qahtani')!;
    expect(weak.entryId).toBe('ABU');
    expect(weak.explanation.aliasQuality).toBe('weak');
    expect(weak.score).toBeLessThan(1);
  });

  it('penalises a person query against an organisation', () => {
    expect(screenName(index, { name: 'Acmetronics', kind: 'person' })).toEqual([]);
  });

  it('explains each hit part by part', () => {
    const hit = top('Vladimir PUTIN')!;
    expect(hit.explanation).toMatchObject({
      matchedName: 'Vladimir Vladimirovich PUTIN',
      unmatchedListedParts: ['vladimirovich'],
      alignment: [
        { query: 'vladimir', listed: 'vladimir', how: 'exact', similarity: 1 },
        { query: 'putin', listed: 'putin', how: 'exact', similarity: 1 },
      ],
    });
  });

  it('returns hits best first, at or above the threshold', () => {
    const hits = screenName(index, { name: 'Mohamed Hassan Filler1son' }, { threshold: 0.5 });
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((hit, i) => hit.score >= 0.5 && (i === 0 || hits[i - 1]!.score >= hit.score))).toBe(
      true,
    );
  });
});
