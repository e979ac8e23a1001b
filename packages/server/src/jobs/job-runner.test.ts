import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { enqueueJob, JobRunner, jobs } from './jobs.service.ts';

/** A promise the test settles by hand, to hold a job in the middle of its run. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('stopping the job runner (a SIGTERM)', () => {
  let t: TTestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function statuses(kind: string) {
    const rows = await t!.database.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.kind, kind));
    return rows.map((r) => r.status).sort();
  }

  it('finishes the job it is running and leaves the rest of the queue for the next start', async () => {
    t = await createTestApp();
    const runner = new JobRunner(t.database.db, t.app.log, 60_000);
    const started = gate();
    const release = gate();
    let runs = 0;
    runner.register('test.held', async () => {
      runs += 1;
      started.open();
      await release.opened;
    });
    for (const n of [1, 2, 3]) await enqueueJob(t.database.db, 'test.held', { n });

    runner.start();
    await started.opened;
    const stopping = runner.stop();
    release.open();
    await stopping;

    expect(runs).toBe(1);
    expect(await statuses('test.held')).toEqual(['done', 'pending', 'pending']);
    // The next start takes up the queue where it was left.
    expect(await runner.drain()).toBe(2);
    expect(await statuses('test.held')).toEqual(['done', 'done', 'done']);
  });

  it('stops waiting for a job that outlasts its grace period', async () => {
    t = await createTestApp();
    const runner = new JobRunner(t.database.db, t.app.log, 60_000, 50);
    const started = gate();
    const release = gate();
    let finished = false;
    runner.register('test.stuck', async () => {
      started.open();
      await release.opened;
      finished = true;
    });
    await enqueueJob(t.database.db, 'test.stuck', {});

    runner.start();
    await started.opened;
    await runner.stop();

    expect(finished).toBe(false);
    expect(await statuses('test.stuck')).toEqual(['running']);
    // The job still ends and records its end (before the database closes).
    release.open();
    for (let i = 0; i < 200 && (await statuses('test.stuck'))[0] !== 'done'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(finished).toBe(true);
    expect(await statuses('test.stuck')).toEqual(['done']);
  });
});
