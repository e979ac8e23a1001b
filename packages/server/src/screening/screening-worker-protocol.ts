import type { ListEntryCategory, ScreeningHit, ScreeningQuery } from '@vigilo/domain/screening/index.ts';

/** One index the worker holds: a key (`official`, `org:<id>`) and the ids of the list versions it holds. */
export type TIndexRef = { key: string; signature: string };

/**
 * Messages to the screening worker. A version set is sent as `begin`, `entries` chunks (each the JSON text
 * of `[entryId, entryHash, data]` rows, as PostgreSQL aggregates them) then `build`, which answers.
 */
export type TScreeningWorkerRequest =
  | ({ type: 'begin' } & TIndexRef)
  | ({ type: 'entries'; list: string; json: string } & TIndexRef)
  | ({ type: 'build'; id: number } & TIndexRef)
  | { type: 'match'; id: number; indexes: TIndexRef[]; queries: ScreeningQuery[] };

/** A hit with the entry's hash and category, as `screenContact` stores it. */
export type TWorkerHit = { hit: ScreeningHit; hash: string; category: ListEntryCategory | undefined };

export type TScreeningWorkerAnswer =
  | { id: number; built: true }
  /** Hits per query, in the order of the queries, each query's hits index by index. */
  | { id: number; hits: TWorkerHit[][] }
  /** The worker no longer (or never) held these indexes: the caller sends them again. */
  | { id: number; missing: TIndexRef[] }
  | { id: number; error: string };
