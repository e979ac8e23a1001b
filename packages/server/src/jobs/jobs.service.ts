import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { TDb, TDbOrTx } from '../db/client.ts';
import { jobs } from './jobs.schema.ts';

export type TJobHandler = (payload: Record<string, unknown>) => Promise<void>;

/** Adds a job; pass the transaction of the change that caused it so both commit together. */
export async function enqueueJob(
  db: TDbOrTx,
  kind: string,
  payload: Record<string, unknown>,
  options: { runAt?: Date; dedupeKey?: string; maxAttempts?: number } = {},
): Promise<void> {
  await db
    .insert(jobs)
    .values({
      kind,
      payload,
      runAt: options.runAt ?? new Date(),
      dedupeKey: options.dedupeKey ?? null,
      maxAttempts: options.maxAttempts ?? 10,
    })
    .onConflictDoNothing();
}

/**
 * How long `stop` waits for the job being run. A longer one is left to finish without its database; its
 * claim expires (`locked_until`) and the job runs again, here or on another instance.
 */
export const JOB_STOP_WAIT_MS = 10_000;

type TClaimedJob = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
};

/**
 * Polls the jobs table. Claiming uses FOR UPDATE SKIP LOCKED, so with several instances each due job is
 * taken by exactly one; a crashed worker's claim expires (`locked_until`) and the job is retried.
 */
export class JobRunner {
  private readonly handlers = new Map<string, TJobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(
    private readonly db: TDb,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs = 1000,
    private readonly stopWaitMs = JOB_STOP_WAIT_MS,
  ) {}

  register(kind: string, handler: TJobHandler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /**
   * Takes no further job and waits for the one being run (up to `stopWaitMs`). The jobs still due stay in
   * the table for the next start: a shutdown used to run the whole queue first, so a server with a backlog
   * (a list import's re-screening, the mails after a seed) went on until the queue was empty — a test's
   * server, sent SIGTERM, was found still running ten minutes later.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    let timer: NodeJS.Timeout | undefined;
    const waited = await Promise.race([
      this.running?.then(() => true) ?? true,
      new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), this.stopWaitMs);
      }),
    ]);
    clearTimeout(timer);
    if (!waited) this.log.warn(`stopping while a job still runs after ${this.stopWaitMs} ms`);
  }

  /** Runs due jobs until none is left; tests call this to process jobs deterministically. */
  async drain(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count += 1;
    return count;
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runWhileStarted()
        .catch((err) => this.log.error({ err }, 'job loop failed'))
        .finally(() => this.schedule(this.pollMs));
    }, delay);
  }

  /** Due jobs one after the other, until none is left or the runner is stopped. */
  private async runWhileStarted(): Promise<void> {
    while (!this.stopped && (await this.runOne())) {
      // the next one
    }
  }

  private async runOne(): Promise<boolean> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return false;
    const result = await this.db.execute(sql`
      update jobs set status = 'running', attempts = attempts + 1, locked_until = now() + interval '5 minutes'
      where id = (
        select id from jobs
        where kind in (${sql.join(
          kinds.map((k) => sql`${k}`),
          sql`, `,
        )})
          and ((status = 'pending' and run_at <= now()) or (status = 'running' and locked_until < now()))
        order by run_at
        for update skip locked
        limit 1
      )
      returning id, kind, payload, attempts, max_attempts`);
    const job = (result.rows as TClaimedJob[])[0];
    if (!job) return false;
    try {
      await this.handlers.get(job.kind)?.(job.payload);
      await this.db.execute(
        sql`update jobs set status = 'done', finished_at = now(), locked_until = null where id = ${job.id}`,
      );
    } catch (err) {
      const failedForGood = job.attempts >= job.max_attempts;
      // Exponential back-off, capped at ten minutes, so a briefly unavailable SMTP server loses nothing.
      const delaySeconds = Math.min(600, 2 ** job.attempts);
      this.log.warn({ err, jobId: job.id, kind: job.kind, attempts: job.attempts }, 'job failed');
      await this.db.execute(sql`
        update jobs set status = ${failedForGood ? 'failed' : 'pending'}, last_error = ${String(err)},
          run_at = now() + make_interval(secs => ${delaySeconds}), locked_until = null
        where id = ${job.id}`);
    }
    return true;
  }
}

export { jobs };
