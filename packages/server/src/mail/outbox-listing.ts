import { desc } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { mailOutbox } from './mail.schema.ts';

export type TOutboxMailRow = typeof mailOutbox.$inferSelect;

/** The outbox's e-mails, newest first; the newest `limit` only when one is given (the CLI's `mail list`). */
export async function listOutboxNewestFirst(db: TDbOrTx, limit?: number): Promise<TOutboxMailRow[]> {
  const query = db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id));
  return limit === undefined ? query : query.limit(limit);
}
