import { previousPeriod } from '@vigilo/domain/invoicing/index.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { enqueueJob, type TJobHandler } from '../jobs/jobs.service.ts';
import { deliverPendingInvoices, emailPendingInvoices } from './deliver-invoices.ts';
import { brusselsDay, issuePeriodInvoices } from './issue-invoices.ts';

/**
 * The periodic invoicing pass, once a day across instances (one job per day, deduplicated by date). It
 * invoices the last finished period; on the days after the first it finds those invoices issued and
 * issues nothing more, and it catches up an organisation a failed pass left out.
 */
export const invoicingJob = 'invoicing.daily';

/** Queues today's pass (at start-up); each pass queues the next day's. */
export async function scheduleInvoicingJob(db: TDbOrTx, now = new Date()): Promise<void> {
  const day = brusselsDay(now);
  await enqueueJob(db, invoicingJob, { day }, { runAt: now, dedupeKey: day, maxAttempts: 5 });
}

export function createInvoicingHandler(
  ctx: TAppContext,
  log?: { error: (details: object, message: string) => void },
): TJobHandler {
  return async () => {
    const now = new Date();
    // 03:00 UTC the next day: after midnight in Brussels in every season, a quiet hour.
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3));
    await scheduleInvoicingJob(ctx.db, tomorrow);
    const report = await issuePeriodInvoices(
      ctx,
      previousPeriod(brusselsDay(now), ctx.config.invoicing.cadence),
      { now },
    );
    for (const failure of report.failures) log?.error(failure, 'invoice not issued');
    await deliverPendingInvoices(ctx);
    await emailPendingInvoices(ctx);
  };
}
