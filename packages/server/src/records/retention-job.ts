import { subtractMonths } from '@vigilo/domain/records/retention.ts';
import { type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { findIdleContacts } from '../contacts/contact-activity.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { localStorage } from '../documents/document-storage.ts';
import { enqueueJob, type TJobHandler } from '../jobs/jobs.service.ts';
import { findOfficers, notifyInApplication } from '../notifications/notifications.service.ts';
import { hasOpenTransaction } from '../transactions/transaction-retention.ts';
import { purgeContactIfDue, type TPurgeOutcome } from './purge-contact.ts';
import { lastActivitySql, saveRetention } from './retention.repository.ts';

/** The daily retention pass, run once a day across instances (one job per day, deduplicated by date). */
export const retentionJob = 'records.retention_daily';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Queues today's pass (at start-up); the pass queues the next day's, so the chain never stops. */
export async function scheduleRetentionJob(db: TDbOrTx, now = new Date()): Promise<void> {
  await enqueueJob(
    db,
    retentionJob,
    { day: dayOf(now) },
    { runAt: now, dedupeKey: dayOf(now), maxAttempts: 5 },
  );
}

export function createRetentionHandler(
  ctx: TAppContext,
  log?: { error: (details: object, message: string) => void },
): TJobHandler {
  return async () => {
    const now = new Date();
    // Queued first: a failing pass is retried, and tomorrow's still comes (02:00 UTC, a quiet hour).
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 2));
    await enqueueJob(
      ctx.db,
      retentionJob,
      { day: dayOf(tomorrow) },
      { runAt: tomorrow, dedupeKey: dayOf(tomorrow), maxAttempts: 5 },
    );
    await runRetention(ctx, {
      today: dayOf(now),
      onError: (contactId, err) => log?.error({ err, contactId }, 'retention purge failed'),
    });
  };
}

export type TRetentionRunReport = {
  proposed: number;
  purged: number;
  outcomes: TPurgeOutcome[];
  filesDeleted: number;
};

/**
 * One retention pass: proposes the end of relationships idle for RETENTION_INACTIVITY_MONTHS (a user
 * confirms), purges the contacts whose date has come, and deletes purged documents' files. Idempotent:
 * a second pass the same day finds nothing more to do.
 */
export async function runRetention(
  ctx: TAppContext,
  options: { today: string; onError?: (contactId: string, error: unknown) => void },
): Promise<TRetentionRunReport> {
  let filesDeleted = await deletePendingFiles(ctx);
  const proposed = await proposeInactiveEnds(ctx, options.today);
  const outcomes: TPurgeOutcome[] = [];
  for (const candidate of await findPurgeCandidates(ctx, options.today)) {
    try {
      outcomes.push(await purgeContactIfDue(ctx, candidate.organisation_id, candidate.id, options.today));
    } catch (error) {
      // One contact that cannot be purged (a table the purge does not know yet refers to it) must not
      // stop the others: it stays, is reported, and is tried again at the next pass.
      options.onError?.(candidate.id, error);
      outcomes.push({ contactId: candidate.id, result: 'failed' });
    }
  }
  filesDeleted += await deletePendingFiles(ctx);
  return { proposed, purged: outcomes.filter((o) => o.result === 'purged').length, outcomes, filesDeleted };
}

/** Contacts whose purge date has come (their end plus the retention years, or a later extension). */
async function findPurgeCandidates(ctx: TAppContext, today: string) {
  const result = await ctx.db.execute(sql`
    select r.contact_id as id, r.organisation_id from contact_retention r
    where r.ended_on is not null
      and (r.ended_on + make_interval(years => ${ctx.config.retention.years}))::date <= ${today}::date
      and (r.extended_until is null or r.extended_until <= ${today}::date)
    order by r.ended_on`);
  return result.rows as { id: string; organisation_id: string }[];
}

/**
 * A contact whose relationship needs no proposal: an end recorded, or a proposal pending (or dismissed
 * since the threshold), or a transaction under way.
 */
const needsNoProposal = (threshold: string) => (contactId: SQL) =>
  sql`(exists (select 1 from contact_retention r where r.contact_id = ${contactId}
        and not (r.ended_on is null
          and (r.proposed_at is null or (r.dismissed_at is not null and r.dismissed_at < ${threshold}::date))))
      or ${hasOpenTransaction(contactId)})`;

/** Contacts without an open transaction nor activity since the threshold, and no end recorded or pending. */
function findIdleContactsSince(ctx: TAppContext, threshold: string) {
  return findIdleContacts(ctx.db, {
    lastActivity: lastActivitySql,
    before: threshold,
    excluded: needsNoProposal(threshold),
    limit: 1000,
  });
}

/** Asks the officers (in-application notification) to confirm the end of idle relationships. */
async function proposeInactiveEnds(ctx: TAppContext, today: string): Promise<number> {
  const months = ctx.config.retention.inactivityMonths;
  const idle = await findIdleContactsSince(ctx, subtractMonths(today, months));
  for (const contact of idle) {
    await ctx.db.transaction(async (tx) => {
      const lastActivityAt = new Date(contact.last_activity_at);
      await saveRetention(tx, contact.organisation_id, contact.id, {
        proposedAt: new Date(),
        dismissedAt: null,
        lastActivityAt,
      });
      await recordAudit(tx, {
        organisationId: contact.organisation_id,
        action: 'retention.end_proposed',
        subjectType: 'contact',
        subjectId: contact.id,
        payload: { lastActivityAt: lastActivityAt.toISOString(), inactivityMonths: months },
      });
      const officers = (await findOfficers(tx, contact.organisation_id)).map((o) => o.user);
      await notifyInApplication(tx, officers, {
        organisationId: contact.organisation_id,
        kind: 'retention_end_proposed',
        subjectType: 'contact',
        subjectId: contact.id,
        title: contact.display_name,
      });
    });
  }
  return idle.length;
}

/** Deletes the files of purged documents kept outside the database; a failure is retried next pass. */
async function deletePendingFiles(ctx: TAppContext): Promise<number> {
  const result = await ctx.db.execute(sql`select storage_key from pending_storage_deletions`);
  const storage = localStorage(ctx.config.dataDir);
  let deleted = 0;
  for (const { storage_key } of result.rows as { storage_key: string }[]) {
    await storage.delete(storage_key);
    await ctx.db.execute(sql`delete from pending_storage_deletions where storage_key = ${storage_key}`);
    deleted += 1;
  }
  return deleted;
}
