import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the contacts module's part: its
 * versions, its due-diligence records and the contact itself. Run in the purge's transaction.
 */

/** The data of every version of the contact, in version order. */
export async function contactVersionsData(tx: TTx, contactId: string): Promise<{ data: unknown }[]> {
  const found = await tx.execute(
    sql`select data from contact_versions where contact_id = ${contactId} order by version_no`,
  );
  return found.rows as { data: unknown }[];
}

/** Another contact (one of its versions, current or past) names this one as owner, mandatary…. */
export async function isNamedByOtherContact(tx: TTx, organisationId: string, contactId: string) {
  const found = await tx.execute(
    sql`select 1 from contact_versions
        where organisation_id = ${organisationId} and contact_id <> ${contactId}
          and position(${contactId} in data::text) > 0 limit 1`,
  );
  return found.rows.length > 0;
}

/** Due-diligence records that point at these documents (issue 14, items 4 and 8) go with them. */
export async function deleteDueDiligenceOfDocuments(tx: TTx, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  const ids = inList(documentIds);
  await tx.execute(sql`delete from beneficial_owner_verifications where document_id::text in ${ids}
    or ubo_register_extract_id in (select id from ubo_register_extracts where document_id::text in ${ids})`);
  await tx.execute(sql`delete from ubo_discrepancy_reports where extract_id in (
    select id from ubo_register_extracts where document_id::text in ${ids})`);
  await tx.execute(sql`delete from ubo_register_extracts where document_id::text in ${ids}`);
}

/**
 * Deletes the contact with its PEP assessments, due-diligence records and versions, in foreign-key
 * order: last, once every other module's rows naming it are gone.
 */
export async function deleteContactRecord(tx: TTx, contactId: string): Promise<void> {
  await tx.execute(sql`delete from pep_assessments where contact_id = ${contactId}`);
  await tx.execute(sql`delete from beneficial_owner_verifications
    where contact_id = ${contactId} or owner_contact_id = ${contactId}`);
  await tx.execute(sql`delete from ubo_discrepancy_reports where contact_id = ${contactId}`);
  await tx.execute(sql`delete from ubo_register_extracts where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contact_versions where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contacts where id = ${contactId}`);
}
