import { Worker } from 'node:worker_threads';
import type { ListEntry, ListVersionData, ListVersionInfo } from '@vigilo/domain/screening/index.ts';
import { workerFile } from '../../jobs/worker-file.ts';
import type { ImportListOptions } from './import-list-file.ts';
import { ListImportError, type ListImportErrorCode } from './list-import-error.ts';

export type TListWorkerStart = { path: string | null; options: ImportListOptions; batchSize: number };
export type TListWorkerMessage =
  | { entries: ListEntry[]; hashes: string[] }
  | { done: ListVersionInfo }
  | { error: { code: ListImportErrorCode; message: string; details: Record<string, unknown> } };

/** A parsed list with each entry's hash (`entryHash`), computed in the worker. */
export type TParsedList = ListVersionData & { hashes: string[] };

/** Entries per message: each batch is deserialised between other requests, never 100,000 at once. */
const BATCH = 2_000;

/**
 * {@link importListFile} in a worker thread: decompressing, parsing and checking a list of 100,000 rows
 * or the 30 MB EU file is CPU work that would otherwise stall every other agency's requests. An upload is
 * forwarded chunk by chunk as it arrives; its own errors (e.g. over the size limit) end the worker and
 * are rethrown as they are. The worker's heap is capped: a file that exhausts it is refused as malformed.
 */
export function importListFileOffLoop(
  input: string | AsyncIterable<Uint8Array>,
  options: ImportListOptions = {},
): Promise<TParsedList> {
  const start: TListWorkerStart = {
    path: typeof input === 'string' ? input : null,
    options,
    batchSize: BATCH,
  };
  const worker = new Worker(workerFile('list-import-worker', import.meta.url), {
    workerData: start,
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  const entries: ListEntry[] = [];
  const hashes: string[] = [];
  let settled = false;
  return new Promise<TParsedList>((resolve, reject) => {
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(error);
    };
    worker.on('message', (message: TListWorkerMessage) => {
      if ('entries' in message) {
        for (const entry of message.entries) entries.push(entry);
        for (const hash of message.hashes) hashes.push(hash);
      } else if ('done' in message) {
        settled = true;
        resolve({ ...message.done, entries, hashes });
      } else {
        fail(new ListImportError(message.error.code, message.error.message, message.error.details));
      }
    });
    worker.once('error', (error) => {
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        fail(new ListImportError('LIST_MALFORMED', 'The list file is too large to read'));
      else fail(error);
    });
    worker.once('exit', (code) => fail(new Error(`list import worker exited with code ${code}`)));
    if (typeof input !== 'string') {
      void (async () => {
        try {
          for await (const chunk of input) {
            if (settled) return;
            worker.postMessage(chunk);
          }
          worker.postMessage(null);
        } catch (error) {
          fail(error);
        }
      })();
    }
  });
}
