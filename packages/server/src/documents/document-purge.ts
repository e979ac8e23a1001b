import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the documents' part. Run in the
 * purge's transaction; the files kept outside the database are the purge's to queue for deletion.
 */

export type TPurgeDocument = { id: string; storage: string; storage_key: string };

/** The documents attached to some subjects of one kind (contacts, transactions), with where their bytes are. */
export async function documentsToPurge(
  tx: TTx,
  subjectType: 'contact' | 'transaction',
  subjectIds: readonly string[],
): Promise<TPurgeDocument[]> {
  if (subjectIds.length === 0) return [];
  const found = await tx.execute(
    sql`select id, storage, storage_key from documents
        where subject_type = ${subjectType} and subject_id::text in ${inList(subjectIds)}`,
  );
  return found.rows as TPurgeDocument[];
}

/** Deletes the bytes of documents stored in the database. */
export async function deleteDocumentBlobs(tx: TTx, storageKeys: readonly string[]): Promise<void> {
  if (storageKeys.length === 0) return;
  await tx.execute(sql`delete from document_blobs where key in ${inList(storageKeys)}`);
}

/** Deletes the document rows (once what points at them is gone). */
export async function deleteDocumentRows(tx: TTx, documentIds: readonly string[]): Promise<void> {
  if (documentIds.length === 0) return;
  await tx.execute(sql`delete from documents where id::text in ${inList(documentIds)}`);
}
