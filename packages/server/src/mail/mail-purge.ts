import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/** The retention purge (records): e-mails whose subject or body contains `needle` (lower-case) lose both. */
export async function blankMailsNaming(tx: TTx, needle: string): Promise<void> {
  await tx.execute(sql`update mail_outbox set subject = '[purged]', text_body = '[purged]'
    where position(${needle} in lower(subject)) > 0 or position(${needle} in lower(text_body)) > 0`);
}
