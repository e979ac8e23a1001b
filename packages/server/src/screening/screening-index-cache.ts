import type { ScreeningQuery } from '@vigilo/domain/screening/index.ts';
import type { TDbOrTx } from '../db/client.ts';
import type { TActiveListVersion } from './list-versions.service.ts';
import { matchOffLoop, type TVersionSet } from './screening-off-loop.ts';
import type { TWorkerHit } from './screening-worker-protocol.ts';

/**
 * The version set an index is built from: its key and the ids of its versions. Each instance compares
 * the signature on every screening, so all of them notice a new version on their next screening.
 */
function versionSet(key: string, versions: TActiveListVersion[]): TVersionSet[] {
  if (versions.length === 0) return [];
  const signature = versions
    .map((v) => v.id)
    .sort()
    .join(',');
  return [{ key, signature, versions }];
}

export type TScreenedQueries = {
  /** Each query's hits, with the entry's hash and category. */
  hits: TWorkerHit[][];
  /** The list versions in force, exactly those the hits were found in. */
  versions: TActiveListVersion[];
};

/**
 * Screens the queries against the in-memory indexes, one per set of list versions: the official lists
 * (shared by every organisation) and the organisation's watch list. They are held, built and matched in
 * the screening worker (screening-off-loop.ts), once per version set, and rebuilt when an import changes it.
 * `versions` are those in force (`screeningReferences`), read by the caller with the rest of its references.
 */
export async function screenQueries(
  db: TDbOrTx,
  organisationId: string,
  queries: ScreeningQuery[],
  versions: TActiveListVersion[],
): Promise<TScreenedQueries> {
  const sets = [
    ...versionSet(
      'official',
      versions.filter((v) => v.organisationId === null),
    ),
    ...versionSet(
      `org:${organisationId}`,
      versions.filter((v) => v.organisationId === organisationId),
    ),
  ];
  return { hits: await matchOffLoop(db, sets, queries), versions };
}
