import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the case histories' part. Run in the
 * purge's transaction.
 */

/** Which cases (risk profiles, transactions) were declared to the officer and reported to CTIF. */
export async function caseFlags(
  tx: TTx,
  caseIds: readonly string[],
): Promise<Map<string, { declared: boolean; reported: boolean }>> {
  if (caseIds.length === 0) return new Map();
  const found = await tx.execute(
    sql`select subject_id::text as subject_id,
          bool_or(action = 'propose') as declared, bool_or(action = 'report-to-ctif') as reported
        from case_events where subject_id::text in ${inList(caseIds)} group by subject_id`,
  );
  const rows = found.rows as { subject_id: string; declared: boolean; reported: boolean }[];
  return new Map(rows.map((f) => [f.subject_id, { declared: f.declared, reported: f.reported }]));
}

/** Deletes the cases' timelines and their former answers. */
export async function deleteCaseHistories(tx: TTx, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await tx.execute(sql`delete from case_events where subject_id::text in ${inList(caseIds)}`);
  await tx.execute(sql`delete from case_answer_versions where subject_id::text in ${inList(caseIds)}`);
}
