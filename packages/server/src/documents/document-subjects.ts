import type { TDocumentSubjectType } from '@vigilo/domain/contracts/documents.ts';
import type { TDbOrTx } from '../db/client.ts';

/**
 * Whether a subject a document attaches to (a contact, a transaction) exists in the organisation. The
 * subject's own module answers: documents sit below contacts and transactions and never read their tables,
 * so each check is installed once at start-up (`composition/document-subjects.ts`, from `wireModules`).
 */
export type TDocumentSubjectExists = (
  db: TDbOrTx,
  organisationId: string,
  subjectId: string,
) => Promise<boolean>;

const checks = new Map<TDocumentSubjectType, TDocumentSubjectExists>();

/** Installs the check of one kind of subject; called by the composition root. */
export function useDocumentSubject(subjectType: TDocumentSubjectType, exists: TDocumentSubjectExists): void {
  checks.set(subjectType, exists);
}

/**
 * Whether the subject exists in the organisation. An unwired kind is a start-up error: it throws rather
 * than let a document attach to a row nobody checked.
 */
export function subjectExists(
  db: TDbOrTx,
  organisationId: string,
  subjectType: TDocumentSubjectType,
  subjectId: string,
): Promise<boolean> {
  const exists = checks.get(subjectType);
  if (!exists)
    throw new Error(
      `No existence check is wired for document subjects of type ${subjectType} (composition/).`,
    );
  return exists(db, organisationId, subjectId);
}
