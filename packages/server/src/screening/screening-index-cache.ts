import {
  buildScreeningIndex,
  type ListEntryCategory,
  type ScreeningIndex,
} from '@vigilo/domain/screening/index.ts';
import type { TDbOrTx } from '../db/client.ts';
import { activeVersions, loadEntries, type TListVersionRow } from './list-versions.service.ts';

type TCached = {
  signature: string;
  index: ScreeningIndex;
  hashes: Map<string, string>;
  /** Per-entry categories the file gave (OpenSanctions topics), by `list:entryId`. */
  categories: Map<string, ListEntryCategory>;
};

/**
 * The in-memory indexes, one per set of list versions: the official lists (shared by every organisation)
 * and each organisation's watch list. Built once per version set and rebuilt when an import changes it;
 * each instance notices a new version on its next screening, so several instances stay consistent.
 */
const cache = new Map<string, TCached>();

async function indexFor(db: TDbOrTx, key: string, versions: TListVersionRow[]): Promise<TCached | null> {
  if (versions.length === 0) return null;
  const signature = versions
    .map((v) => v.id)
    .sort()
    .join(',');
  const cached = cache.get(key);
  if (cached?.signature === signature) return cached;
  const hashes = new Map<string, string>();
  const categories = new Map<string, ListEntryCategory>();
  const lists = [];
  for (const version of versions) {
    const entries = await loadEntries(db, version.id);
    for (const e of entries) {
      hashes.set(`${version.source}:${e.entry.entryId}`, e.hash);
      if (e.entry.category) categories.set(`${version.source}:${e.entry.entryId}`, e.entry.category);
    }
    lists.push({ list: version.source, entries: entries.map((e) => e.entry) });
  }
  const built = { signature, index: buildScreeningIndex(lists), hashes, categories };
  cache.set(key, built);
  return built;
}

export type TScreeningIndexes = { indexes: TCached[]; versions: TListVersionRow[] };

export async function screeningIndexes(db: TDbOrTx, organisationId: string): Promise<TScreeningIndexes> {
  const versions = await activeVersions(db, organisationId);
  const official = await indexFor(
    db,
    'official',
    versions.filter((v) => v.organisationId === null),
  );
  const own = await indexFor(
    db,
    `org:${organisationId}`,
    versions.filter((v) => v.organisationId === organisationId),
  );
  return { indexes: [official, own].filter((x): x is TCached => x !== null), versions };
}
