import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the notifications' part: run in the
 * purge's transaction.
 */

/** Deletes the notifications about these subjects (the contact, its cases and documents). */
export async function deleteNotificationsAbout(tx: TTx, subjectIds: readonly string[]): Promise<void> {
  if (subjectIds.length === 0) return;
  await tx.execute(sql`delete from notifications where subject_id::text in ${inList(subjectIds)}`);
}

/** Deletes the organisation's notifications whose title contains `needle` (lower-case). */
export async function deleteNotificationsNaming(
  tx: TTx,
  organisationId: string,
  needle: string,
): Promise<void> {
  await tx.execute(sql`delete from notifications
    where organisation_id = ${organisationId} and position(${needle} in lower(title)) > 0`);
}
