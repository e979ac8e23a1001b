import type { TDocumentSubjectType } from '@vigilo/domain/contracts/documents.ts';
import { and, desc, eq } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import type { TDbOrTx } from '../db/client.ts';
import { documents } from './documents.schema.ts';

export type TDocumentRow = typeof documents.$inferSelect;
export type TDocumentWithUploader = { document: TDocumentRow; uploaderName: string | null };

export async function insertDocument(
  db: TDbOrTx,
  values: typeof documents.$inferInsert,
): Promise<TDocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  return row!;
}

/** The documents with their uploaders' names (one query for all the names). */
async function withUploaders(db: TDbOrTx, rows: TDocumentRow[]): Promise<TDocumentWithUploader[]> {
  const names = await userNamesByIds(
    db,
    rows.map((row) => row.uploadedBy),
  );
  return rows.map((document) => ({
    document,
    uploaderName: (document.uploadedBy && names.get(document.uploadedBy)) ?? null,
  }));
}

export async function findDocument(
  db: TDbOrTx,
  organisationId: string,
  documentId: string,
): Promise<TDocumentWithUploader | null> {
  const rows = await db
    .select()
    .from(documents)
    .where(and(eq(documents.organisationId, organisationId), eq(documents.id, documentId)));
  return (await withUploaders(db, rows))[0] ?? null;
}

export async function listDocumentsOf(
  db: TDbOrTx,
  organisationId: string,
  subjectType: TDocumentSubjectType,
  subjectId: string,
): Promise<TDocumentWithUploader[]> {
  const rows = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.organisationId, organisationId),
        eq(documents.subjectType, subjectType),
        eq(documents.subjectId, subjectId),
      ),
    )
    .orderBy(desc(documents.createdAt), desc(documents.id));
  return withUploaders(db, rows);
}

/** The organisation owning a document, for the `documentId` ownership rule. */
export async function findDocumentOrganisation(db: TDbOrTx, documentId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: documents.organisationId })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row?.organisationId ?? null;
}
