import { type SQL, sql } from 'drizzle-orm';
import { auditEventIdsToRedact } from '../audit/audit-purge.ts';
import { deleteClientLinksOfContact } from '../client-links/client-link-purge.ts';
import { deleteContactRecord, deleteDueDiligenceOfDocuments } from '../contacts/contact-purge.ts';
import { contactNamesByIds } from '../contacts/contacts.reads.ts';
import type { TTx } from '../db/client.ts';
import { deleteCaseHistories } from '../declarations/case-purge.ts';
import { deleteDocumentBlobs, deleteDocumentRows, type TPurgeDocument } from '../documents/document-purge.ts';
import { deleteGoamlReportsOfCases } from '../goaml/goaml-purge.ts';
import { blankMailsNaming } from '../mail/mail-purge.ts';
import { deleteNotificationsAbout, deleteNotificationsNaming } from '../notifications/notification-purge.ts';
import { deleteRiskProfilesOfContact } from '../risk/risk-profile-purge.ts';
import { deleteScreeningsOfContact } from '../screening/screening-purge.ts';
import {
  deleteContactTransactions,
  setTransactionSearchText,
  transactionSearchSource,
} from '../transactions/transaction-purge.ts';

/*
 * The purge's deletions: each module deletes its own rows (its `*-purge.ts`) in the purge's transaction;
 * this file keeps their order (foreign keys) and the records module's own tables.
 */

/**
 * Ids of the audit events to redact: those about the purged subjects, and — as a safety net — any
 * event about a contact, risk profile, document or transaction whose payload still names the person.
 */
export function findEventIdsToRedact(
  tx: TTx,
  chain: string,
  subjectConditions: SQL,
  names: string[],
): Promise<number[]> {
  return auditEventIdsToRedact(tx, chain, subjectConditions, names, [
    'contact',
    'risk_profile',
    'document',
    'transaction',
  ]);
}

/** Erases the document rows and their bytes; files outside the database are queued for deletion. */
export async function deleteDocuments(tx: TTx, documents: TPurgeDocument[]) {
  if (documents.length === 0) return;
  await deleteDocumentBlobs(
    tx,
    documents.filter((d) => d.storage === 'database').map((d) => d.storage_key),
  );
  for (const d of documents.filter((d) => d.storage !== 'database')) {
    await tx.execute(sql`insert into pending_storage_deletions (storage_key, storage)
      values (${d.storage_key}, ${d.storage}) on conflict do nothing`);
  }
  const ids = documents.map((d) => d.id);
  await deleteDueDiligenceOfDocuments(tx, ids);
  await deleteDocumentRows(tx, ids);
}

/** Deletes every row naming the contact, in foreign-key order. */
export async function deleteContactRows(
  tx: TTx,
  input: { contactId: string; profileIds: string[]; transactionIds: string[]; subjectIds: string[] },
) {
  const { contactId, profileIds, transactionIds, subjectIds } = input;
  await deleteNotificationsAbout(tx, subjectIds);
  const cases = [...profileIds, ...transactionIds];
  await deleteCaseHistories(tx, cases);
  await deleteGoamlReportsOfCases(tx, cases);
  await deleteContactTransactions(tx, contactId, transactionIds);
  await deleteScreeningsOfContact(tx, contactId);
  await deleteRiskProfilesOfContact(tx, contactId);
  await tx.execute(sql`delete from legal_holds where contact_id = ${contactId}`);
  await tx.execute(sql`delete from contact_retention where contact_id = ${contactId}`);
  await deleteClientLinksOfContact(tx, contactId);
  await deleteContactRecord(tx, contactId);
}

/** Notifications and e-mails whose text still names the person (titles, bodies) lose that text. */
export async function scrubMessages(tx: TTx, organisationId: string, names: string[]) {
  for (const name of names) {
    const needle = name.toLowerCase();
    await deleteNotificationsNaming(tx, organisationId, needle);
    await blankMailsNaming(tx, needle);
  }
}

/** A transaction kept for its other parties no longer finds the purged contact by name. */
export async function rebuildTransactionSearchText(
  tx: TTx,
  organisationId: string,
  transactionId: string,
  build: (row: { reference: string; address: Record<string, string>; names: string[] }) => string,
) {
  const source = await transactionSearchSource(tx, transactionId);
  if (!source) return;
  const names = await contactNamesByIds(tx, organisationId, source.party_ids);
  const searchText = build({
    reference: source.reference,
    address: source.property_address,
    names: source.party_ids.flatMap((id) => names.get(id) ?? []),
  });
  await setTransactionSearchText(tx, transactionId, searchText);
}
