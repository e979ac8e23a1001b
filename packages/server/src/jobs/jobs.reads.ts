import { and, desc, inArray, isNotNull, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { jobs } from './jobs.schema.ts';

/* Reads of the job queue for the operator's cockpit (the platform's health, across organisations). */

/** Jobs waiting for their first run, being retried, running and failed. */
export async function countJobs(db: TDbOrTx) {
  const [row] = await db
    .select({
      waiting:
        sql<number>`count(*) filter (where ${jobs.status} = 'pending' and ${jobs.attempts} = 0)`.mapWith(
          Number,
        ),
      retrying:
        sql<number>`count(*) filter (where ${jobs.status} = 'pending' and ${jobs.attempts} > 0)`.mapWith(
          Number,
        ),
      running: sql<number>`count(*) filter (where ${jobs.status} = 'running')`.mapWith(Number),
      failed: sql<number>`count(*) filter (where ${jobs.status} = 'failed')`.mapWith(Number),
    })
    .from(jobs);
  return {
    waiting: row?.waiting ?? 0,
    retrying: row?.retrying ?? 0,
    running: row?.running ?? 0,
    failed: row?.failed ?? 0,
  };
}

/** The latest failed jobs and jobs being retried after an error. */
export async function findRecentJobFailures(db: TDbOrTx) {
  return db
    .select()
    .from(jobs)
    .where(and(isNotNull(jobs.lastError), inArray(jobs.status, ['failed', 'pending'])))
    .orderBy(desc(jobs.runAt))
    .limit(20);
}
