import type {
  TDocument,
  TDocumentPurpose,
  TDocumentSubjectType,
} from '@vigilo/domain/contracts/documents.ts';
import type { TDocumentRow } from './documents.repository.ts';

/** The API shape of a document's metadata (never its storage key or store). */
export function presentDocument(row: TDocumentRow, uploaderName: string | null): TDocument {
  return {
    id: row.id,
    subjectType: row.subjectType as TDocumentSubjectType,
    subjectId: row.subjectId,
    purpose: row.purpose as TDocumentPurpose,
    filename: row.filename,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy: row.uploadedBy,
    uploadedByName: uploaderName,
    createdAt: row.createdAt.toISOString(),
  };
}
