import type { ListEntry } from './types.ts';

export interface ListDiff {
  added: ListEntry[];
  /** Entries present in both versions whose content changed, with the previous content. */
  changed: { previous: ListEntry; current: ListEntry }[];
  removed: ListEntry[];
}

/**
 * Compares the entries of two versions of the same list by `entryId`: which entries were added,
 * changed (names, dates, countries, kind, programmes or remarks differ) or removed. Continuous screening
 * (B1) re-screens contacts against the added and changed entries.
 */
export function diffListEntries(previous: readonly ListEntry[], current: readonly ListEntry[]): ListDiff {
  const previousById = new Map(previous.map((entry) => [entry.entryId, entry]));
  const currentIds = new Set<string>();
  const added: ListEntry[] = [];
  const changed: ListDiff['changed'] = [];
  for (const entry of current) {
    currentIds.add(entry.entryId);
    const before = previousById.get(entry.entryId);
    if (!before) added.push(entry);
    else if (canonicalJson(before) !== canonicalJson(entry))
      changed.push({ previous: before, current: entry });
  }
  const removed = previous.filter((entry) => !currentIds.has(entry.entryId));
  return { added, changed, removed };
}

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** What changed between two versions of a list, by entry id (see {@link diffListHashes}). */
export interface ListHashDiff {
  added: string[];
  changed: string[];
  removed: string[];
}

/**
 * The same comparison as {@link diffListEntries}, from each entry's hash of its canonical JSON instead
 * of its content: equal hashes mean equal content, so the previous version's entries need not be loaded.
 */
export function diffListHashes(
  previous: ReadonlyMap<string, string>,
  current: readonly { entryId: string; hash: string }[],
): ListHashDiff {
  const currentIds = new Set<string>();
  const added: string[] = [];
  const changed: string[] = [];
  for (const { entryId, hash } of current) {
    currentIds.add(entryId);
    const before = previous.get(entryId);
    if (before === undefined) added.push(entryId);
    else if (before !== hash) changed.push(entryId);
  }
  const removed = [...previous.keys()].filter((entryId) => !currentIds.has(entryId));
  return { added, changed, removed };
}
