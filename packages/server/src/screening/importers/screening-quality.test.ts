import { readFileSync } from 'node:fs';
import {
  buildScreeningIndex,
  DEFAULT_SCREENING_THRESHOLD,
  type ListEntry,
  type ListVersionData,
  type ScreeningHit,
  type ScreeningIndex,
  screenName,
} from '@vigilo/domain/screening/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListFile } from './import-list-file.ts';
import { BUNDLED_LISTS, NAMES } from './list-paths.test-support.ts';
import {
  emptyStats,
  formatStats,
  isLatinScript,
  measureRecall,
  recordRecall,
  type VariantName,
} from './screening-quality.test-support.ts';

const readNames = (file: string) =>
  readFileSync(`${NAMES}${file}`, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A hit whose listed alias is the same name as the query (every part on both sides has a counterpart). */
const isSameName = (hit: ScreeningHit) =>
  hit.explanation.unmatchedQueryParts.length === 0 &&
  hit.explanation.unmatchedListedParts.every((part) => part.length <= 3);

describe('screening quality on the real lists', () => {
  let eu: ListVersionData;
  let un: ListVersionData;
  let euUnIndex: ScreeningIndex;
  let productionIndex: ScreeningIndex;

  beforeAll(async () => {
    [eu, un] = await Promise.all([
      importListFile(`${BUNDLED_LISTS}eu-fsf-1.1-20260501.xml.gz`),
      importListFile(`${BUNDLED_LISTS}un-consolidated-20260227.xml.gz`),
    ]);
    const ofac = await importListFile(`${BUNDLED_LISTS}ofac-sdn-20240503/sdn.csv.gz`);
    const lists = [
      { list: 'eu', entries: eu.entries },
      { list: 'un', entries: un.entries },
    ];
    euUnIndex = buildScreeningIndex(lists);
    productionIndex = buildScreeningIndex([...lists, { list: 'ofac', entries: ofac.entries }]);
  });

  it('finds every UN entity by its Latin-script names and their usual variants', { timeout: 300_000 }, () => {
    const minimum: Record<VariantName, number> = {
      exact: 0.99,
      'accents removed': 0.99,
      'parts reordered': 0.99,
      'one letter changed': 0.97,
      // Dropping the middle name of an Arabic name often leaves another listed person's full name.
      'middle name dropped': 0.93,
    };
    for (const [variant, stats] of measureRecall(
      euUnIndex,
      'un',
      un.entries,
      Object.keys(minimum) as VariantName[],
    )) {
      console.log(formatStats(`UN ${variant}`, stats), stats.misses.slice(0, 5));
      expect(stats.foundTop / stats.queries, variant).toBeGreaterThanOrEqual(minimum[variant]);
    }
  });

  it('matches Cyrillic names against Latin aliases and back', { timeout: 300_000 }, () => {
    const withBothScripts = eu.entries.filter(
      (entry) =>
        entry.kind === 'person' &&
        entry.names.some((name) => /\p{Script=Cyrillic}/u.test(name.full)) &&
        entry.names.some((name) => isLatinScript(name.full)),
    );
    const onlyNames = (keep: (name: string) => boolean): ListEntry[] =>
      withBothScripts.map((entry) => ({ ...entry, names: entry.names.filter((name) => keep(name.full)) }));
    const cyrillic = (name: string) => /\p{Script=Cyrillic}/u.test(name);
    for (const [label, indexed, queried] of [
      ['Cyrillic query vs Latin aliases', onlyNames(isLatinScript), onlyNames(cyrillic)],
      ['Latin query vs Cyrillic aliases', onlyNames(cyrillic), onlyNames(isLatinScript)],
    ] as const) {
      const index = buildScreeningIndex([{ list: 'eu', entries: [...indexed, ...un.entries] }]);
      const stats = emptyStats();
      for (const entry of queried) recordRecall(stats, index, 'eu', entry, { name: entry.names[0]!.full });
      console.log(formatStats(label, stats), stats.misses.slice(0, 5));
      // Latin → Cyrillic is the harder way: the list's Latin spellings follow many conventions (Swedish
      // "Pavlovitj", Czech "Jurievič") while transliterating Cyrillic gives one.
      expect(stats.foundTop / stats.queries, label).toBeGreaterThanOrEqual(
        label.startsWith('Cyrillic') ? 0.98 : 0.92,
      );
    }
  });

  it('raises no alert for common Belgian names unless a listed person bears that very name', {
    timeout: 300_000,
  }, () => {
    const givenNames = readNames('given-names-be.txt');
    const surnames = readNames('surnames-be.txt');
    let people = 0;
    const alerts: ScreeningHit[] = [];
    const withFacts: ScreeningHit[] = [];
    for (const given of givenNames) {
      for (const surname of surnames) {
        people += 1;
        const name = `${given} ${surname}`;
        const hit = screenName(productionIndex, { name, kind: 'person' })[0];
        if (hit) alerts.push(hit);
        const dismissed = screenName(productionIndex, {
          name,
          kind: 'person',
          birthDate: '1985-06-15',
          countries: ['BE'],
        });
        if (dismissed[0]) withFacts.push(dismissed[0]);
      }
    }
    const rate = (count: number) => `${((100 * count) / people).toFixed(2)}%`;
    const different = alerts.filter((hit) => !isSameName(hit));
    console.log(
      `Belgian names: ${people} people; name-only alerts ${alerts.length} (${rate(alerts.length)}), of which ` +
        `${different.length} on a name that is not the same; with birth date and nationality: ${withFacts.length} ` +
        `(${rate(withFacts.length)})`,
      different
        .slice(0, 10)
        .map((hit) => `${hit.explanation.queryNormalised} → ${hit.matchedName} ${hit.score}`),
    );
    // Issue 20: at or under the rates before it, 0.34 % by name alone and 0.03 % with birth date and nationality.
    expect(alerts.length / people).toBeLessThan(0.0035);
    expect(different.length / people).toBeLessThan(0.001);
    expect(withFacts.length / people).toBeLessThanOrEqual(0.0003);
  });

  it('does not alert on two very common parts found inside a longer listed name', () => {
    for (const name of ['Mohamed Ali', 'Ahmed Khan', 'Mohammed Hassan', 'Ali Ahmed', 'Abdul Rahman Khan']) {
      const hits = screenName(productionIndex, { name, kind: 'person' });
      const insideLonger = hits.filter((hit) => !isSameName(hit));
      expect(
        insideLonger.map((hit) => hit.matchedName),
        name,
      ).toEqual([]);
    }
  });

  it('lets a known birth date and nationality confirm or dismiss a name resemblance', () => {
    const saddam = un.entries.find((entry) => entry.entryId === 'IQi.001')!;
    const nameOnly = screenName(euUnIndex, { name: 'Saddam Husein al-Tikriti' }).find(
      (hit) => hit.entryId === 'IQi.001',
    );
    const confirmed = screenName(euUnIndex, {
      name: 'Saddam Husein al-Tikriti',
      birthDate: saddam.birthDates[0]!.from,
      countries: ['IQ'],
    }).find((hit) => hit.entryId === 'IQi.001');
    const dismissed = screenName(euUnIndex, {
      name: 'Saddam Husein al-Tikriti',
      birthDate: '1990-01-01',
      countries: ['BE'],
    }).find((hit) => hit.entryId === 'IQi.001');
    expect(nameOnly).toBeDefined();
    expect(confirmed!.score).toBeGreaterThan(nameOnly!.score);
    expect(confirmed!.explanation.birthDate.agreement).toBe('exact');
    expect(dismissed === undefined || dismissed.score < DEFAULT_SCREENING_THRESHOLD).toBe(true);
  });
});
