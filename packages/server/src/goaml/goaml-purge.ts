import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/**
 * The retention purge (records/purge-contact.ts): deletes the goAML reports to CTIF of these cases with
 * their files, whose texts and XML name the person. Run in the purge's transaction.
 */
export async function deleteGoamlReportsOfCases(tx: TTx, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await tx.execute(sql`delete from goaml_report_files where report_id in (
    select id from goaml_reports where subject_id::text in ${inList(caseIds)})`);
  await tx.execute(sql`delete from goaml_reports where subject_id::text in ${inList(caseIds)}`);
}
