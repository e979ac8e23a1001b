import { type SQL, sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/** `in (…)` over a list of values; callers guard against the empty list. */
export const inList = (values: readonly string[]): SQL =>
  sql`(${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;

type TRows<T> = Promise<T[]>;
const rows = async <T>(tx: TTx, query: SQL): TRows<T> => (await tx.execute(query)).rows as T[];

export type TPurgeDocument = { id: string; storage: string; storage_key: string };
export type TPurgeTransaction = {
  id: string;
  type: string;
  status: string;
  level: string | null;
  price_cents: number | string;
  property_address: { country?: string } | null;
  created_at: string | Date;
};

export function findVersionsData(tx: TTx, contactId: string) {
  return rows<{ data: Record<string, unknown> }>(
    tx,
    sql`select data from contact_versions where contact_id = ${contactId} order by version_no`,
  );
}

export function findProfileIds(tx: TTx, contactId: string) {
  return rows<{ id: string }>(tx, sql`select id from risk_profiles where contact_id = ${contactId}`);
}

export function findDocumentsOf(tx: TTx, subjectType: 'contact' | 'transaction', subjectIds: string[]) {
  if (subjectIds.length === 0) return Promise.resolve([] as TPurgeDocument[]);
  return rows<TPurgeDocument>(
    tx,
    sql`select id, storage, storage_key from documents
        where subject_type = ${subjectType} and subject_id::text in ${inList(subjectIds)}`,
  );
}

/** The contact's transactions, each with the other parties that remain once it is gone. */
export function findTransactionsOf(tx: TTx, contactId: string) {
  return rows<{ id: string; others: string[] | null }>(
    tx,
    sql`select p.transaction_id as id,
          (select array_agg(distinct o.contact_id::text) from transaction_parties o
            where o.transaction_id = p.transaction_id and o.contact_id <> ${contactId}) as others
        from transaction_parties p where p.contact_id = ${contactId} group by p.transaction_id`,
  );
}

export function findTransactionRows(tx: TTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([] as TPurgeTransaction[]);
  return rows<TPurgeTransaction>(
    tx,
    sql`select id, type, status, level, price_cents, property_address, created_at
        from transactions where id::text in ${inList(ids)}`,
  );
}

/** Which cases (risk profiles, transactions) were declared to the officer and reported to CTIF. */
export async function findCaseFlags(tx: TTx, subjectIds: string[]) {
  if (subjectIds.length === 0) return new Map<string, { declared: boolean; reported: boolean }>();
  const found = await rows<{ subject_id: string; declared: boolean; reported: boolean }>(
    tx,
    sql`select subject_id::text as subject_id,
          bool_or(action = 'propose') as declared, bool_or(action = 'report-to-ctif') as reported
        from case_events where subject_id::text in ${inList(subjectIds)} group by subject_id`,
  );
  return new Map(found.map((f) => [f.subject_id, { declared: f.declared, reported: f.reported }]));
}

/** Another contact (one of its versions, current or past) names this one as owner, mandatary…. */
export async function isLinkedFromOtherContact(tx: TTx, organisationId: string, contactId: string) {
  const found = await rows(
    tx,
    sql`select 1 from contact_versions
        where organisation_id = ${organisationId} and contact_id <> ${contactId}
          and position(${contactId} in data::text) > 0 limit 1`,
  );
  return found.length > 0;
}

/**
 * Ids of the audit events to redact: those about the purged subjects, and — as a safety net — any
 * event about a contact, risk profile, document or transaction whose payload still names the person.
 */
export async function findEventIdsToRedact(
  tx: TTx,
  chain: string,
  subjectConditions: SQL,
  names: string[],
): Promise<number[]> {
  const mentions = names.map((n) => sql`position(${n.toLowerCase()} in lower(payload::text)) > 0`);
  const namesCondition = mentions.length
    ? sql`(subject_type in ('contact', 'risk_profile', 'document', 'transaction') and (${sql.join(mentions, sql` or `)}))`
    : sql`false`;
  const found = await rows<{ id: number | string }>(
    tx,
    sql`select id from audit_events
        where chain = ${chain} and payload is not null and (${subjectConditions} or ${namesCondition})`,
  );
  return found.map((r) => Number(r.id));
}

/** Erases the document rows and their bytes; files outside the database are queued for deletion. */
export async function deleteDocuments(tx: TTx, documents: TPurgeDocument[]) {
  if (documents.length === 0) return;
  for (const d of documents) {
    if (d.storage === 'database')
      await tx.execute(sql`delete from document_blobs where key = ${d.storage_key}`);
    else {
      await tx.execute(sql`insert into pending_storage_deletions (storage_key, storage)
        values (${d.storage_key}, ${d.storage}) on conflict do nothing`);
    }
  }
  const ids = inList(documents.map((d) => d.id));
  // Due-diligence records that point at these documents (issue 14, items 4 and 8) go with them.
  await tx.execute(sql`delete from beneficial_owner_verifications where document_id::text in ${ids}
    or ubo_register_extract_id in (select id from ubo_register_extracts where document_id::text in ${ids})`);
  await tx.execute(sql`delete from ubo_discrepancy_reports where extract_id in (
    select id from ubo_register_extracts where document_id::text in ${ids})`);
  await tx.execute(sql`delete from ubo_register_extracts where document_id::text in ${ids}`);
  await tx.execute(sql`delete from documents where id::text in ${ids}`);
}

/** Deletes every row naming the contact, in foreign-key order. */
export async function deleteContactRows(
  tx: TTx,
  input: { contactId: string; profileIds: string[]; transactionIds: string[]; subjectIds: string[] },
) {
  const { contactId, profileIds, transactionIds, subjectIds } = input;
  if (subjectIds.length) {
    await tx.execute(sql`delete from notifications where subject_id::text in ${inList(subjectIds)}`);
  }
  const cases = [...profileIds, ...transactionIds];
  if (cases.length) {
    await tx.execute(sql`delete from case_events where subject_id::text in ${inList(cases)}`);
    await tx.execute(sql`delete from case_answer_versions where subject_id::text in ${inList(cases)}`);
    // goAML reports to CTIF of these cases: their texts and XML name the person.
    await tx.execute(sql`delete from goaml_report_files where report_id in (
      select id from goaml_reports where subject_id::text in ${inList(cases)})`);
    await tx.execute(sql`delete from goaml_reports where subject_id::text in ${inList(cases)}`);
  }
  await tx.execute(sql`delete from transaction_parties where contact_id = ${contactId}`);
  if (transactionIds.length) {
    await tx.execute(
      sql`delete from transaction_parties where transaction_id::text in ${inList(transactionIds)}`,
    );
    await tx.execute(sql`delete from transactions where id::text in ${inList(transactionIds)}`);
  }
  await tx.execute(sql`delete from freeze_duty_records where contact_id = ${contactId}`);
  await tx.execute(sql`delete from screening_hits where contact_id = ${contactId}`);
  // Hits of another contact's screening where this one was a linked party keep no name of it.
  await tx.execute(sql`update screening_hits set party_name = '' where party_contact_id = ${contactId}`);
  await tx.execute(sql`delete from screenings where contact_id = ${contactId}`);
  await tx.execute(sql`delete from risk_profiles where contact_id = ${contactId}`);
  await tx.execute(sql`delete from legal_holds where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contact_retention where contact_id = ${contactId}`);
  await tx.execute(sql`delete from client_links where contact_id = ${contactId}`);
  await tx.execute(sql`delete from pep_assessments where contact_id = ${contactId}`);
  await tx.execute(sql`delete from beneficial_owner_verifications
    where contact_id = ${contactId} or owner_contact_id = ${contactId}`);
  await tx.execute(sql`delete from ubo_discrepancy_reports where contact_id = ${contactId}`);
  await tx.execute(sql`delete from ubo_register_extracts where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contact_versions where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contacts where id = ${contactId}`);
}

/** Notifications and e-mails whose text still names the person (titles, bodies) lose that text. */
export async function scrubMessages(tx: TTx, organisationId: string, names: string[]) {
  for (const name of names) {
    const needle = name.toLowerCase();
    await tx.execute(sql`delete from notifications
      where organisation_id = ${organisationId} and position(${needle} in lower(title)) > 0`);
    await tx.execute(sql`update mail_outbox set subject = '[purged]', text_body = '[purged]'
      where position(${needle} in lower(subject)) > 0 or position(${needle} in lower(text_body)) > 0`);
  }
}

/** A transaction kept for its other parties no longer finds the purged contact by name. */
export async function rebuildTransactionSearchText(
  tx: TTx,
  transactionId: string,
  build: (row: { reference: string; address: Record<string, string>; names: string[] }) => string,
) {
  const [row] = await rows<{ reference: string; property_address: Record<string, string>; names: string[] }>(
    tx,
    sql`select t.reference, t.property_address,
          coalesce(array_agg(c.display_name) filter (where c.id is not null), '{}') as names
        from transactions t
        left join transaction_parties p on p.transaction_id = t.id
        left join contacts c on c.id = p.contact_id
        where t.id = ${transactionId} group by t.id`,
  );
  if (!row) return;
  const searchText = build({ reference: row.reference, address: row.property_address, names: row.names });
  await tx.execute(sql`update transactions set search_text = ${searchText} where id = ${transactionId}`);
}
