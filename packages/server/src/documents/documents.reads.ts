import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { findDocument, type TDocumentWithUploader } from './documents.repository.ts';
import { documents } from './documents.schema.ts';

/*
 * Reads of the documents module's tables for other modules (contacts, records export, audit viewer): they
 * call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TDocumentRow = typeof documents.$inferSelect;
export type { TDocumentWithUploader };

/** A document of the organisation with its uploader's name, or null. */
export function documentById(
  db: TDbOrTx,
  organisationId: string,
  documentId: string,
): Promise<TDocumentWithUploader | null> {
  return findDocument(db, organisationId, documentId);
}

// Read on every contact page, so prepared once (issue 21).
const purposesOfContact = preparedStatements('vigilo_contact_document_purposes', (db: TDbOrTx, name) =>
  db
    .select({ purpose: documents.purpose })
    .from(documents)
    .where(
      and(
        eq(documents.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
        eq(documents.subjectType, 'contact'),
        eq(documents.subjectId, sql`${sql.placeholder('contactId')}::uuid`),
      ),
    )
    .prepare(name),
);

/** The purposes of a contact's documents (one per document). */
export async function documentPurposesOfContact(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
): Promise<string[]> {
  const rows = await purposesOfContact(db).execute({ organisationId, contactId });
  return rows.map((r) => r.purpose);
}

/** The documents attached to some subjects (contacts, transactions), oldest first. */
export async function documentsOfSubjects(
  db: TDbOrTx,
  organisationId: string,
  subjectIds: string[],
): Promise<TDocumentRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), inArray(documents.subjectId, subjectIds)))
    .orderBy(asc(documents.createdAt));
}

/** What each document is attached to, by document id (organisation-scoped). */
export async function documentSubjectsByIds(db: TDbOrTx, organisationId: string, documentIds: string[]) {
  if (documentIds.length === 0) return [];
  return db
    .select({ id: documents.id, subjectType: documents.subjectType, subjectId: documents.subjectId })
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), inArray(documents.id, documentIds)));
}

/** Some documents' file names by id (organisation-scoped); unknown ids are left out. */
export async function documentFilenamesByIds(
  db: TDbOrTx,
  organisationId: string,
  documentIds: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(documentIds.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, filename: documents.filename })
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), inArray(documents.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.filename]));
}
