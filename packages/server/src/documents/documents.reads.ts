import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
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

/**
 * The purposes of a contact's documents (one per document) as a JSON array: a scalar subquery the contact
 * page's statement carries, one round trip fewer per page (issue 21). Organisation-scoped.
 */
export function documentPurposesSql(contactId: SQL, organisationId: SQL): SQL<string[]> {
  return sql<
    string[]
  >`(select coalesce(json_agg(d.purpose), '[]'::json) from ${documents} d where d.organisation_id = ${organisationId} and d.subject_type = 'contact' and d.subject_id = ${contactId})`;
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
