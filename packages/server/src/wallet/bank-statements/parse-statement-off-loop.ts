import { Worker } from 'node:worker_threads';
import { workerFile } from '../../jobs/worker-file.ts';
import {
  StatementMalformedError,
  type TParsedStatement,
  type TStatementErrorReason,
} from './camt053-parser.ts';

type TWorkerAnswer =
  | { ok: true; value: TParsedStatement }
  | { ok: false; reason: TStatementErrorReason; location: { line?: number; entry?: number } };

/**
 * Parses a CAMT.053 statement in a worker thread: building the tree of a multi-megabyte statement takes
 * CPU time that would otherwise stop every other agency's requests. The worker's heap is capped, so a
 * hostile file costs one failed import, not the server.
 */
export function parseStatementOffLoop(bytes: Buffer): Promise<TParsedStatement> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile('camt053-worker', import.meta.url), {
      workerData: bytes,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    let answered = false;
    worker.once('message', (answer: TWorkerAnswer) => {
      answered = true;
      if (answer.ok) resolve(answer.value);
      else reject(new StatementMalformedError(answer.reason, answer.location));
    });
    worker.once('error', (error) => {
      answered = true;
      // Out of memory in the worker: the file is too large or too deep to be a bank statement.
      if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
        reject(new StatementMalformedError('not_camt053'));
      else reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`statement parser worker exited with code ${code}`));
    });
  });
}
