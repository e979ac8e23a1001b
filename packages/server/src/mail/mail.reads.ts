import { desc, eq, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

/* Reads of the mail outbox for the operator's cockpit (the platform's health, across organisations). */

/** Mails that failed and mails still waiting to be sent. */
export async function countMail(db: TDbOrTx) {
  const [row] = await db
    .select({
      failed: sql<number>`count(*) filter (where ${mailOutbox.status} = 'failed')`.mapWith(Number),
      pending: sql<number>`count(*) filter (where ${mailOutbox.status} = 'pending')`.mapWith(Number),
    })
    .from(mailOutbox);
  return { failed: row?.failed ?? 0, pending: row?.pending ?? 0 };
}

/** The latest mails that could not be sent. */
export async function findRecentMailFailures(db: TDbOrTx) {
  return db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.status, 'failed'))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(20);
}
