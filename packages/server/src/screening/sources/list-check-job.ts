import type { FastifyBaseLogger } from 'fastify';
import type { TConfig } from '../../config.ts';
import type { TDb, TDbOrTx } from '../../db/client.ts';
import { enqueueJob, type TJobHandler } from '../../jobs/jobs.service.ts';
import { checkListSource } from './check-list-source.ts';
import { evaluateListAlerts } from './list-alerts.ts';

/** One check of every enabled source per period, whichever instance takes it. */
export const listCheckJob = 'screening.lists_check';

/** The period a moment falls in: the job's deduplication key, so each period is checked once. */
function periodOf(date: Date, minutes: number): Date {
  const length = minutes * 60_000;
  return new Date(Math.floor(date.getTime() / length) * length);
}

/** Queues the check of the current period (at start-up); each check queues the next one. */
export async function scheduleListCheck(db: TDbOrTx, config: TConfig, now = new Date()): Promise<void> {
  const period = periodOf(now, config.lists.checkMinutes);
  await enqueueJob(
    db,
    listCheckJob,
    { period: period.toISOString() },
    { runAt: now, dedupeKey: period.toISOString(), maxAttempts: 4 },
  );
}

/**
 * Checks every enabled source, then the alerts. A failed source fails the job so that the queue retries
 * it with back-off; the other sources, unchanged, answer 304 on the retry. The alerts run even when the
 * automatic update is off (an air-gapped installation's lists still age).
 */
export function createListCheckHandler(db: TDb, config: TConfig, log?: FastifyBaseLogger): TJobHandler {
  return async () => {
    const now = new Date();
    const next = periodOf(
      new Date(now.getTime() + config.lists.checkMinutes * 60_000),
      config.lists.checkMinutes,
    );
    await enqueueJob(
      db,
      listCheckJob,
      { period: next.toISOString() },
      { runAt: next, dedupeKey: next.toISOString(), maxAttempts: 4 },
    );
    const failed: string[] = [];
    if (config.lists.autoUpdate) {
      for (const source of config.lists.sources.filter((s) => s.enabled)) {
        const outcome = await checkListSource(db, source, config.lists);
        if (outcome.outcome === 'failed') failed.push(`${source.id}: ${outcome.error}`);
        if (outcome.outcome === 'refused')
          log?.warn(
            { source: source.id, refusal: outcome.refusal },
            'list file refused; version in force kept',
          );
        if (outcome.outcome === 'imported')
          log?.info({ source: source.id, listDate: outcome.listDate }, 'new list version imported');
      }
    }
    await evaluateListAlerts(db, config);
    if (failed.length > 0) throw new Error(`list sources failed: ${failed.join('; ')}`);
  };
}
