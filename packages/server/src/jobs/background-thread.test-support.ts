import { getPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { currentThreadId, yieldCpuToRequests } from './background-thread.ts';

// Run as a worker thread by background-thread.test.ts.
const priority = yieldCpuToRequests();
const tid = currentThreadId();
parentPort!.postMessage({ tid, priority, readBack: tid === null ? null : getPriority(tid) });
