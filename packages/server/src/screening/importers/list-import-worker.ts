import { parentPort, workerData } from 'node:worker_threads';
import { canonicalJson, sha256 } from '../../audit/audit-hash.ts';
import { yieldCpuToRequests } from '../../jobs/background-thread.ts';
import { importListFile } from './import-list-file.ts';
import type { TListWorkerMessage, TListWorkerStart } from './import-list-off-loop.ts';
import { ListImportError } from './list-import-error.ts';

/**
 * Runs in a worker thread (see import-list-off-loop.ts): reads one list file, from its path or from the
 * chunks the main thread forwards, and posts the entries back in batches.
 */
const start = workerData as TListWorkerStart;
const port = parentPort!;
yieldCpuToRequests();

/** The uploaded bytes, as the main thread forwards them (`null` ends the file). */
async function* forwardedChunks(): AsyncGenerator<Uint8Array> {
  const queue: (Uint8Array | null)[] = [];
  let wake: (() => void) | null = null;
  port.on('message', (chunk: Uint8Array | null) => {
    queue.push(chunk);
    wake?.();
  });
  for (;;) {
    if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    const chunk = queue.shift();
    if (chunk === undefined) continue;
    if (chunk === null) return;
    yield chunk;
  }
}

const post = (message: TListWorkerMessage) => port.postMessage(message);
try {
  const { entries, ...version } = await importListFile(start.path ?? forwardedChunks(), start.options);
  // Hashed here too (the same hash as `entryHash`): 100,000 SHA-256 of canonical JSON are seconds of CPU.
  for (let i = 0; i < entries.length; i += start.batchSize) {
    const batch = entries.slice(i, i + start.batchSize);
    post({ entries: batch, hashes: batch.map((entry) => sha256(canonicalJson(entry))) });
  }
  post({ done: version });
} catch (error) {
  if (!(error instanceof ListImportError)) throw error;
  post({ error: { code: error.code, message: error.message, details: error.details } });
}
process.exit(0);
