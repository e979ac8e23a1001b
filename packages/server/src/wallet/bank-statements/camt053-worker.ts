import { parentPort, workerData } from 'node:worker_threads';
import { yieldCpuToRequests } from '../../jobs/background-thread.ts';
import { parseCamt053, StatementMalformedError } from './camt053-parser.ts';

/** Runs in a worker thread (see parse-statement-off-loop.ts): parses one statement and posts the result. */
yieldCpuToRequests();
try {
  parentPort?.postMessage({ ok: true, value: parseCamt053(Buffer.from(workerData as Uint8Array)) });
} catch (error) {
  if (!(error instanceof StatementMalformedError)) throw error;
  parentPort?.postMessage({ ok: false, reason: error.reason, location: error.location });
}
