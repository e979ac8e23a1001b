import { readlinkSync } from 'node:fs';
import { constants, getPriority, setPriority } from 'node:os';

/**
 * The kernel's id of the calling thread on Linux (`/proc/thread-self` links to `<pid>/task/<tid>`), or null
 * where there is no such link. Node gives no other way to name one thread to the scheduler.
 */
export function currentThreadId(): number | null {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    return Number.isInteger(tid) && tid > 0 ? tid : null;
  } catch {
    return null;
  }
}

/**
 * Puts the calling worker thread below the request threads for the CPU (nice 10; Linux schedules each
 * thread on its own), so that parsing a 30 MB list or a bank statement takes what the requests leave
 * instead of sharing two cores evenly with them. Returns the priority now in force, or null when the
 * platform cannot set one for a single thread (the work then runs at the usual priority).
 */
export function yieldCpuToRequests(): number | null {
  const tid = currentThreadId();
  if (tid === null) return null;
  try {
    setPriority(tid, constants.priority.PRIORITY_BELOW_NORMAL);
    return getPriority(tid);
  } catch {
    return null;
  }
}
