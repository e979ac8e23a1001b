import { parentPort } from 'node:worker_threads';
import {
  buildScreeningIndex,
  type ListEntry,
  type ListEntryCategory,
  type ScreeningIndex,
  type ScreeningQuery,
  screenName,
} from '@vigilo/domain/screening/index.ts';
import type {
  TIndexRef,
  TScreeningWorkerAnswer,
  TScreeningWorkerRequest,
  TWorkerHit,
} from './screening-worker-protocol.ts';

/**
 * Runs in a worker thread (see screening-off-loop.ts): holds the screening indexes of this process, builds
 * them from the entries the main thread sends and matches parties against them. Messages are handled one
 * at a time, so a match never sees an index half built.
 */
type TIndexed = TIndexRef & {
  index: ScreeningIndex;
  hashes: Map<string, string>;
  /** Per-entry categories the file gave (OpenSanctions topics), by `list:entryId`. */
  categories: Map<string, ListEntryCategory>;
};

/**
 * The indexes by key, newest first. The previous version set is kept beside the newest so that a
 * screening that read the versions just before an import can still finish without a rebuild.
 */
const indexes = new Map<string, TIndexed[]>();
const kept = 2;
/** Entries received for a version set not built yet, by `key|signature`, per list. */
const pending = new Map<string, { list: string; rows: [string, string, ListEntry][] }[]>();

const port = parentPort!;
const refOf = (ref: TIndexRef) => `${ref.key}|${ref.signature}`;
const held = (ref: TIndexRef) => indexes.get(ref.key)?.find((i) => i.signature === ref.signature);

function build(ref: TIndexRef): void {
  const lists = pending.get(refOf(ref)) ?? [];
  pending.delete(refOf(ref));
  const hashes = new Map<string, string>();
  const categories = new Map<string, ListEntryCategory>();
  const inputs = new Map<string, ListEntry[]>();
  for (const { list, rows } of lists) {
    const entries = inputs.get(list) ?? [];
    inputs.set(list, entries);
    for (const [entryId, hash, entry] of rows) {
      hashes.set(`${list}:${entryId}`, hash);
      if (entry.category) categories.set(`${list}:${entryId}`, entry.category);
      entries.push(entry);
    }
  }
  const index = buildScreeningIndex([...inputs].map(([list, entries]) => ({ list, entries })));
  const others = (indexes.get(ref.key) ?? []).filter((i) => i.signature !== ref.signature);
  indexes.set(ref.key, [{ ...ref, index, hashes, categories }, ...others].slice(0, kept));
}

function match(refs: TIndexRef[], queries: ScreeningQuery[]) {
  const found = refs.map((ref) => held(ref));
  const missing = refs.filter((_, i) => !found[i]);
  if (missing.length > 0) return { missing };
  const used = found as TIndexed[];
  return {
    hits: queries.map((query) =>
      used.flatMap(({ index, hashes, categories }): TWorkerHit[] =>
        screenName(index, query).map((hit) => {
          const key = `${hit.list}:${hit.entryId}`;
          return { hit, hash: hashes.get(key) ?? '', category: categories.get(key) };
        }),
      ),
    ),
  };
}

function handle(message: TScreeningWorkerRequest): TScreeningWorkerAnswer | null {
  // A load that failed half-way is sent again from the start: what it had sent is dropped.
  if (message.type === 'begin') {
    pending.set(refOf(message), []);
    return null;
  }
  if (message.type === 'entries') {
    const lists = pending.get(refOf(message)) ?? [];
    pending.set(refOf(message), lists);
    lists.push({ list: message.list, rows: JSON.parse(message.json) });
    return null;
  }
  if (message.type === 'build') {
    build(message);
    return { id: message.id, built: true };
  }
  return { id: message.id, ...match(message.indexes, message.queries) };
}

port.on('message', (message: TScreeningWorkerRequest) => {
  try {
    const answer = handle(message);
    if (answer) port.postMessage(answer);
  } catch (error) {
    if ('id' in message) port.postMessage({ id: message.id, error: String(error) });
    else throw error;
  }
});
