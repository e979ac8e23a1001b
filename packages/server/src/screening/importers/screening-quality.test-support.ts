import {
  type ListEntry,
  type ScreeningIndex,
  type ScreeningQuery,
  screenName,
  tokeniseName,
} from '@vigilo/domain/screening/index.ts';

/** How a list name is altered to make a query. */
export type VariantName =
  | 'exact'
  | 'accents removed'
  | 'parts reordered'
  | 'one letter changed'
  | 'middle name dropped';

const LATIN = /^[\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}\p{S}]+$/u;

export const isLatinScript = (name: string): boolean => LATIN.test(name);

/**
 * The queries derived from one listed name. Reordering and dropping the middle name only make sense
 * for persons; the changed letter goes in the middle of the longest word, when it has five letters or
 * more (in a shorter word one letter makes another name: "Omar"/"Oman").
 */
export function makeVariant(variant: VariantName, name: string, entry: ListEntry): string | null {
  const words = name.trim().split(/\s+/);
  switch (variant) {
    case 'exact':
      return name;
    case 'accents removed': {
      const stripped = name.normalize('NFD').replace(/\p{M}/gu, '');
      return stripped === name ? null : stripped;
    }
    case 'parts reordered':
      return entry.kind === 'person' && words.length > 1 ? [...words].reverse().join(' ') : null;
    case 'middle name dropped':
      return entry.kind === 'person' && words.length >= 3 ? [words[0], ...words.slice(2)].join(' ') : null;
    case 'one letter changed': {
      const longest = words.reduce((best, word, i) => (word.length > words[best]!.length ? i : best), 0);
      const word = words[longest]!;
      if (word.length < 5) return null;
      const middle = Math.floor(word.length / 2);
      const replacement = word[middle]!.toLowerCase() === 'x' ? 'q' : 'x';
      words[longest] = word.slice(0, middle) + replacement + word.slice(middle + 1);
      return words.join(' ');
    }
  }
}

export interface RecallStats {
  queries: number;
  /** The entry is the top hit (or ties with it, or the top hit carries the very same name). */
  foundTop: number;
  /** The entry is reported at or above each threshold. */
  alertedAt: Map<number, number>;
  misses: string[];
}

export const THRESHOLDS = [0.8, 0.82, 0.84, 0.86, 0.88, 0.9];
const SEARCH_THRESHOLD = 0.6;

/** Queries `query` and records whether `entry` of `list` comes out on top. */
export function recordRecall(
  stats: RecallStats,
  index: ScreeningIndex,
  list: string,
  entry: ListEntry,
  query: ScreeningQuery,
): void {
  const hits = screenName(index, query, { threshold: SEARCH_THRESHOLD, limit: 50 });
  const mine = hits.find((hit) => hit.list === list && hit.entryId === entry.entryId);
  const top = hits[0];
  const partsOf = (name: string) =>
    tokeniseName(name, entry.kind)
      .parts.map((part) => part.text)
      .sort()
      .join(' ');
  const isSameNameOnTop = top !== undefined && partsOf(top.matchedName) === partsOf(query.name);
  stats.queries += 1;
  if ((mine && top && mine.score >= top.score) || isSameNameOnTop) stats.foundTop += 1;
  else if (stats.misses.length < 20)
    stats.misses.push(`${query.name} → ${top?.matchedName ?? '∅'} (${top?.score})`);
  for (const threshold of THRESHOLDS) {
    if (mine && mine.score >= threshold)
      stats.alertedAt.set(threshold, (stats.alertedAt.get(threshold) ?? 0) + 1);
  }
}

export const emptyStats = (): RecallStats => ({ queries: 0, foundTop: 0, alertedAt: new Map(), misses: [] });

export function formatStats(label: string, stats: RecallStats): string {
  const rate = (count: number) => `${((100 * count) / Math.max(1, stats.queries)).toFixed(2)}%`;
  const alerts = THRESHOLDS.map((t) => `≥${t}: ${rate(stats.alertedAt.get(t) ?? 0)}`).join(', ');
  return `${label}: ${stats.queries} queries, top hit ${rate(stats.foundTop)}; reported ${alerts}`;
}

/** Runs every variant of every Latin-script name of `entries` (variants of the first Latin name only). */
export function measureRecall(
  index: ScreeningIndex,
  list: string,
  entries: readonly ListEntry[],
  variants: readonly VariantName[],
): Map<VariantName, RecallStats> {
  const results = new Map(variants.map((variant) => [variant, emptyStats()]));
  for (const entry of entries) {
    const latinNames = entry.names.map((name) => name.full).filter(isLatinScript);
    latinNames.forEach((name, i) => {
      for (const variant of variants) {
        if (variant !== 'exact' && i > 0) continue;
        const query = makeVariant(variant, name, entry);
        if (query) recordRecall(results.get(variant)!, index, list, entry, { name: query });
      }
    });
  }
  return results;
}
