import { periodContaining, previousPeriod } from '@vigilo/domain/invoicing/index.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { enqueueJob, type TJobHandler } from '../jobs/jobs.service.ts';
import { deliverPendingInvoices, emailPendingInvoices } from './deliver-invoices.ts';
import { issuePeriodInvoices } from './issue-invoices.ts';

/**
 * The periodic invoicing pass, once a day across instances (one job per day, deduplicated by date). It
 * invoices the last finished period; on the days after the first it finds those invoices issued and
 * issues nothing more, and it catches up an organisation a failed pass left out.
 */
export const invoicingJob = 'invoicing.daily';

/** Queues an operator's run of one finished period, off the request loop (issuing is idempotent). */
export async function queuePeriodRun(db: TDbOrTx, periodDay: string, issuedBy: string): Promise<void> {
  await enqueueJob(db, invoicingJob, { periodDay, issuedBy }, { maxAttempts: 3 });
}

/** Queues today's pass (at start-up); each pass queues the next day's. */
export async function scheduleInvoicingJob(db: TDbOrTx, now = new Date()): Promise<void> {
  const day = brusselsDay(now);
  await enqueueJob(db, invoicingJob, { day }, { runAt: now, dedupeKey: day, maxAttempts: 5 });
}

export function createInvoicingHandler(
  ctx: TAppContext,
  log?: { error: (details: object, message: string) => void },
): TJobHandler {
  return async (payload) => {
    const now = new Date();
    const cadence = ctx.config.invoicing.cadence;
    // An operator's run names a day of the period; the daily pass also queues tomorrow's.
    const requested = typeof payload.periodDay === 'string' ? payload.periodDay : null;
    if (!requested) {
      // 03:00 UTC the next day: after midnight in Brussels in every season, a quiet hour.
      const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 3));
      await scheduleInvoicingJob(ctx.db, tomorrow);
    }
    const period = requested
      ? periodContaining(requested, cadence)
      : previousPeriod(brusselsDay(now), cadence);
    const issuedBy = typeof payload.issuedBy === 'string' ? payload.issuedBy : null;
    const report = await issuePeriodInvoices(ctx, period, { now, issuedBy });
    for (const failure of report.failures) log?.error(failure, 'invoice not issued');
    await deliverPendingInvoices(ctx);
    await emailPendingInvoices(ctx);
  };
}
