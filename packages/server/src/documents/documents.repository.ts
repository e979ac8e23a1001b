import type { TDocumentSubjectType } from '@vigilo/domain/contracts/documents.ts';
import { and, desc, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import { contacts, documents } from '../contacts/contacts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { transactions } from '../transactions/transactions.schema.ts';

export type TDocumentRow = typeof documents.$inferSelect;
export type TDocumentWithUploader = { document: TDocumentRow; uploaderName: string | null };

/**
 * Whether the subject a document is attached to exists in the organisation. Reads the subject's table
 * directly (scoped by organisation) because documents attach to several features' rows.
 */
export async function subjectExists(
  db: TDbOrTx,
  organisationId: string,
  subjectType: TDocumentSubjectType,
  subjectId: string,
): Promise<boolean> {
  if (subjectType === 'transaction') {
    const [row] = await db
      .select({ id: transactions.id })
      .from(transactions)
      .where(and(eq(transactions.organisationId, organisationId), eq(transactions.id, subjectId)));
    return row !== undefined;
  }
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, subjectId)));
  return row !== undefined;
}

export async function insertDocument(
  db: TDbOrTx,
  values: typeof documents.$inferInsert,
): Promise<TDocumentRow> {
  const [row] = await db.insert(documents).values(values).returning();
  return row!;
}

const withUploader = {
  document: documents,
  firstName: users.firstName,
  lastName: users.lastName,
};

function toWithUploader(row: { document: TDocumentRow; firstName: string | null; lastName: string | null }) {
  const uploaderName = row.firstName === null ? null : `${row.firstName} ${row.lastName}`;
  return { document: row.document, uploaderName };
}

export async function findDocument(
  db: TDbOrTx,
  organisationId: string,
  documentId: string,
): Promise<TDocumentWithUploader | null> {
  const [row] = await db
    .select(withUploader)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(and(eq(documents.organisationId, organisationId), eq(documents.id, documentId)));
  return row ? toWithUploader(row) : null;
}

export async function listDocumentsOf(
  db: TDbOrTx,
  organisationId: string,
  subjectType: TDocumentSubjectType,
  subjectId: string,
): Promise<TDocumentWithUploader[]> {
  const rows = await db
    .select(withUploader)
    .from(documents)
    .leftJoin(users, eq(users.id, documents.uploadedBy))
    .where(
      and(
        eq(documents.organisationId, organisationId),
        eq(documents.subjectType, subjectType),
        eq(documents.subjectId, subjectId),
      ),
    )
    .orderBy(desc(documents.createdAt), desc(documents.id));
  return rows.map(toWithUploader);
}

/** The organisation owning a document, for the `documentId` ownership rule. */
export async function findDocumentOrganisation(db: TDbOrTx, documentId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: documents.organisationId })
    .from(documents)
    .where(eq(documents.id, documentId));
  return row?.organisationId ?? null;
}
