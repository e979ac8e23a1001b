import {
  buildScreeningIndex,
  type ListVersionData,
  type ScreeningIndex,
} from '@vigilo/domain/screening/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListFile } from './import-list-file.ts';
import { BUNDLED_LISTS } from './list-paths.test-support.ts';
import { formatStats, measureRecall, type VariantName } from './screening-quality.test-support.ts';

// Quality of the matcher on the real EU list, indexed together with the UN list (as in production).
describe('screening quality on the EU list', () => {
  let eu: ListVersionData;
  let index: ScreeningIndex;

  beforeAll(async () => {
    eu = await importListFile(`${BUNDLED_LISTS}eu-fsf-1.1-20260501.xml.gz`);
    const un = await importListFile(`${BUNDLED_LISTS}un-consolidated-20260227.xml.gz`);
    index = buildScreeningIndex([
      { list: 'eu', entries: eu.entries },
      { list: 'un', entries: un.entries },
    ]);
  });

  const minimumTopHitRate: Record<VariantName, number> = {
    exact: 0.995,
    'accents removed': 0.995,
    'parts reordered': 0.995,
    'one letter changed': 0.98,
    'middle name dropped': 0.965,
  };

  it('finds every entity by its Latin-script names and their usual variants', { timeout: 600_000 }, () => {
    const results = measureRecall(index, 'eu', eu.entries, Object.keys(minimumTopHitRate) as VariantName[]);
    for (const [variant, stats] of results) {
      console.log(formatStats(`EU ${variant}`, stats), stats.misses.slice(0, 5));
      expect(stats.foundTop / stats.queries, variant).toBeGreaterThanOrEqual(minimumTopHitRate[variant]);
    }
  });
});
