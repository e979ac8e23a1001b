import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { ScreeningQuery } from '@vigilo/domain/screening/index.ts';
import type { TDbOrTx } from '../db/client.ts';
import { workerFile } from '../jobs/worker-file.ts';
import { entriesAsJsonChunk, type TActiveListVersion } from './list-versions.service.ts';
import type {
  TIndexRef,
  TScreeningWorkerAnswer,
  TScreeningWorkerRequest,
  TWorkerHit,
} from './screening-worker-protocol.ts';

/**
 * Entries per query and per message: each chunk is fetched and posted between other requests. With PGlite
 * the query itself runs on this thread: 1,000 entries took up to 0.3 s under load, 500 up to 0.1 s.
 */
const CHUNK = 500;

/** The screening worker's young generation, in MiB. */
const SCREENING_WORKER_YOUNG_MB = 32;

/** A set of list versions screened together, as the worker indexes it. */
export type TVersionSet = TIndexRef & { versions: TActiveListVersion[] };

/**
 * The screening worker of this process and what the main thread knows it holds. Its indexes live as long
 * as it does: a new worker (after a crash) starts empty and every version set is loaded again.
 */
class ScreeningWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (answer: TScreeningWorkerAnswer | Error) => void>();
  private nextId = 1;
  /** Version sets loaded or being loaded, by `key|signature`: concurrent screenings share one load. */
  readonly loads = new Map<string, Promise<void>>();
  dead = false;

  constructor() {
    this.worker = new Worker(workerFile('screening-worker', import.meta.url), {
      // The index is long-lived: the young generation only holds each query's and each chunk's garbage.
      // Left to V8 it grew to 128 MiB while the index was built and stayed so until the worker was idle,
      // a swing of the server's RSS in the soak (docs/PERFORMANCE.md, issue 21).
      resourceLimits: { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: SCREENING_WORKER_YOUNG_MB },
    });
    // Idle, the worker does not keep the process alive; it does while a screening waits for it.
    this.worker.unref();
    this.worker.on('message', (answer: TScreeningWorkerAnswer) => this.settle(answer.id, answer));
    this.worker.once('error', (error) => this.die(error));
    this.worker.once('exit', (code) => this.die(new Error(`screening worker exited with code ${code}`)));
  }

  post(message: TScreeningWorkerRequest): void {
    this.worker.postMessage(message);
  }

  ask(message: TScreeningWorkerRequest & { id: number }): Promise<TScreeningWorkerAnswer> {
    if (this.dead) return Promise.reject(new Error('screening worker stopped'));
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(message.id, (answer) => (answer instanceof Error ? reject(answer) : resolve(answer)));
      this.worker.postMessage(message);
    });
  }

  id(): number {
    return this.nextId++;
  }

  private settle(id: number, answer: TScreeningWorkerAnswer | Error): void {
    this.waiting.get(id)?.(answer);
    this.waiting.delete(id);
    if (this.waiting.size === 0) this.worker.unref();
  }

  private die(error: Error): void {
    this.dead = true;
    if (current === this) current = null;
    for (const id of [...this.waiting.keys()]) this.settle(id, error);
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

let current: ScreeningWorker | null = null;

function screeningWorker(): ScreeningWorker {
  current ??= new ScreeningWorker();
  return current;
}

/** Stops the worker (tests: a crash); the next screening starts another one and rebuilds its indexes. */
export async function stopScreeningWorker(): Promise<void> {
  const worker = current;
  current = null;
  await worker?.terminate();
}

/** One version's entries, `CHUNK` at a time: the main thread neither parses nor copies rows, it forwards text. */
async function forwardEntries(
  db: TDbOrTx,
  worker: ScreeningWorker,
  set: TIndexRef,
  version: TActiveListVersion,
) {
  let after: string | null = null;
  for (;;) {
    const row = await entriesAsJsonChunk(db, version.id, after, CHUNK);
    if (row.json) worker.post({ type: 'entries', ...set, list: version.source, json: row.json });
    if (row.count < CHUNK || row.last === null) return;
    after = row.last;
    // PGlite answers within the same turn of the loop: let the other requests' timers and I/O run.
    await nextTurn();
  }
}

async function load(db: TDbOrTx, worker: ScreeningWorker, set: TVersionSet): Promise<void> {
  worker.post({ type: 'begin', key: set.key, signature: set.signature });
  for (const version of set.versions) await forwardEntries(db, worker, set, version);
  const answer = await worker.ask({ type: 'build', id: worker.id(), key: set.key, signature: set.signature });
  if ('error' in answer) throw new Error(`screening index build failed: ${answer.error}`);
}

function ensureLoaded(db: TDbOrTx, worker: ScreeningWorker, set: TVersionSet): Promise<void> {
  const ref = `${set.key}|${set.signature}`;
  let loading = worker.loads.get(ref);
  if (!loading) {
    loading = load(db, worker, set);
    worker.loads.set(ref, loading);
    // A failed load is tried again by the next screening, not remembered.
    loading.catch(() => worker.loads.delete(ref));
  }
  return loading;
}

/** A worker that died meanwhile or dropped an index is asked again, a bounded number of times. */
const attempts = 3;

/**
 * Each query's hits against the indexes of these version sets, built (once per set and per worker) and
 * matched in the screening worker: a rebuild after an import costs the requests of every agency nothing,
 * and a screening waiting for it waits asynchronously. The hits always come from exactly these versions.
 */
export async function matchOffLoop(
  db: TDbOrTx,
  sets: TVersionSet[],
  queries: ScreeningQuery[],
): Promise<TWorkerHit[][]> {
  if (sets.length === 0) return queries.map(() => []);
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const worker = screeningWorker();
    try {
      for (const set of sets) await ensureLoaded(db, worker, set);
      const indexes = sets.map(({ key, signature }) => ({ key, signature }));
      const answer = await worker.ask({ type: 'match', id: worker.id(), indexes, queries });
      if ('hits' in answer) return answer.hits;
      if ('error' in answer) throw new Error(`screening failed in the worker: ${answer.error}`);
      if ('missing' in answer)
        for (const ref of answer.missing) worker.loads.delete(`${ref.key}|${ref.signature}`);
    } catch (error) {
      if (!worker.dead) throw error;
      lastError = error;
    }
  }
  throw lastError ?? new Error('screening index kept changing');
}
