import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { TDb, TDbOrTx } from '../db/client.ts';
import { enqueueJob, type TJobHandler } from '../jobs/jobs.service.ts';
import { importListFileOffLoop } from './importers/import-list-off-loop.ts';
import { findActiveVersion, storeListVersion } from './list-versions.service.ts';

/**
 * The snapshots shipped in packages/server/lists (lists/SOURCE.md). The path holds from the sources
 * (src/screening/) and from the bundle (dist/server/), both two folders below packages/server.
 */
export const bundledListsDir = new URL('../../lists/', import.meta.url).pathname;

export const bundledListsJob = 'screening.bundled_lists';

/** File or folder name prefix → list source. */
const sourceOfSnapshot: readonly [prefix: string, source: string][] = [
  ['eu-', 'eu'],
  ['un-', 'un'],
  ['ofac-', 'ofac'],
  ['be-', 'be'],
];

/** Queued at every start; runs once per database (deduplicated) and only fills lists that are missing. */
export async function scheduleBundledLists(db: TDbOrTx): Promise<void> {
  await enqueueJob(db, bundledListsJob, {}, { dedupeKey: 'first-start', maxAttempts: 5 });
}

/**
 * Loads each bundled snapshot whose list has no version in force yet, so that a fresh installation
 * screens from its first contact. A contact created before it finishes is re-screened once it has.
 */
export function createBundledListsHandler(
  db: TDb,
  log?: FastifyBaseLogger,
  dir = bundledListsDir,
): TJobHandler {
  return async () => {
    for (const { source, path } of await bundledSnapshots(dir)) {
      if (await findActiveVersion(db, source, null)) continue;
      const started = Date.now();
      const data = await importListFileOffLoop(path, { source, ...dateInName(path) });
      const { unchanged } = await storeListVersion(
        db,
        data,
        { organisationId: null, importedBy: null },
        { onlyIfFirst: true },
      );
      log?.info(
        { source, listDate: data.date, entries: data.entries.length, ms: Date.now() - started, unchanged },
        'bundled list snapshot loaded',
      );
    }
  };
}

/** A file without a date inside (OFAC CSV) is dated by its name (ofac-sdn-20240503), not by the checkout. */
function dateInName(path: string): { fallbackDate?: string } {
  const digits = /(\d{4})(\d{2})(\d{2})(?!.*\d{8})/.exec(basename(path));
  return digits ? { fallbackDate: `${digits[1]}-${digits[2]}-${digits[3]}` } : {};
}

export async function bundledSnapshots(dir = bundledListsDir): Promise<{ source: string; path: string }[]> {
  const names = (await readdir(dir)).sort();
  return sourceOfSnapshot.flatMap(([prefix, source]) => {
    // The newest snapshot of each list (names carry the publication date).
    const name = names.filter((n) => n.startsWith(prefix)).at(-1);
    return name ? [{ source, path: join(dir, name) }] : [];
  });
}
