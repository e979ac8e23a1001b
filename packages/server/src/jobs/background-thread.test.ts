import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { currentThreadId } from './background-thread.ts';

type TReport = { tid: number | null; priority: number | null; readBack: number | null };

function runWorker(): Promise<TReport> {
  const worker = new Worker(new URL('./background-thread.test-support.ts', import.meta.url));
  return new Promise((resolve, reject) => {
    worker.once('message', (report: TReport) => {
      void worker.terminate();
      resolve(report);
    });
    worker.once('error', reject);
  });
}

describe('background worker threads yield the CPU to requests', () => {
  it('lowers the worker thread alone to nice 10, leaving the request thread as it was', async () => {
    const mainTid = currentThreadId();
    expect(mainTid).not.toBeNull(); // CI runs on Linux
    const before = getPriority(mainTid!);
    const report = await runWorker();
    expect(report.tid).not.toBeNull();
    expect(report.tid).not.toBe(mainTid);
    expect(report.priority).toBe(10);
    expect(report.readBack).toBe(10);
    expect(getPriority(mainTid!)).toBe(before);
  });
});
