import { createHash, randomUUID } from 'node:crypto';
import type {
  TDocument,
  TDocumentPurpose,
  TDocumentSubjectType,
  TUploadDocumentFields,
} from '@vigilo/domain/contracts/documents.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { documentKey, documentStorage, type TDocumentStorageKind } from './document-storage.ts';
import { subjectExists } from './document-subjects.ts';
import { presentDocument } from './documents.presenter.ts';
import { findDocument, insertDocument, listDocumentsOf } from './documents.repository.ts';
import { checkDocumentFile } from './file-type-check.ts';

export type TDocumentActor = Pick<TActor, 'userId' | 'organisationId' | 'ip'>;

export type TStoreDocumentInput = {
  subjectType: TDocumentSubjectType;
  subjectId: string;
  purpose: TDocumentPurpose;
  filename: string;
  bytes: Buffer;
  /** `upload` for a user's file, `generated` for a file Vigilo produced (acceptance PDF, CTIF report…). */
  source?: 'upload' | 'generated';
};

export function maxUploadBytes(ctx: TAppContext): number {
  return Math.floor(ctx.config.maxUploadMb * 1024 * 1024);
}

/**
 * Checks and stores one document inside the caller's transaction: the content decides the type (PDF, DOC,
 * DOCX only), the subject must belong to the actor's organisation, the SHA-256 is kept, and the audit
 * event commits with the row. Nothing is written when the file is refused. Other features store their
 * generated files through this function so every document follows the same rules.
 */
export async function storeDocument(
  tx: TTx,
  ctx: TAppContext,
  actor: TDocumentActor,
  input: TStoreDocumentInput,
): Promise<TDocument> {
  const checked = await checkDocumentFile({
    filename: input.filename,
    bytes: input.bytes,
    maxBytes: maxUploadBytes(ctx),
  });
  if (!(await subjectExists(tx, actor.organisationId, input.subjectType, input.subjectId))) {
    throw new AppError('not_found', { field: 'subjectId' });
  }
  const id = randomUUID();
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const storageKind: TDocumentStorageKind = ctx.config.documentStorage;
  const storageKey = documentKey(actor.organisationId, id);
  const row = await insertDocument(tx, {
    id,
    organisationId: actor.organisationId,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    purpose: input.purpose,
    filename: checked.filename,
    mimeType: checked.mimeType,
    sizeBytes: input.bytes.length,
    sha256,
    storage: storageKind,
    storageKey,
    uploadedBy: actor.userId,
  });
  const storage = documentStorage(storageKind, ctx.config, tx);
  try {
    await storage.put(storageKey, input.bytes);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'document.uploaded',
      subjectType: 'document',
      subjectId: id,
      payload: {
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        purpose: input.purpose,
        filename: checked.filename,
        mimeType: checked.mimeType,
        sizeBytes: input.bytes.length,
        sha256,
        source: input.source ?? 'upload',
      },
      ip: actor.ip,
    });
  } catch (error) {
    // A file store outside the database does not roll back with the transaction: undo by hand.
    if (storage.kind !== 'database') await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
  return presentDocument(row, null);
}

/** A user's upload: the multipart fields already validated, the file's bytes read within the size limit. */
export async function uploadDocument(
  ctx: TAppContext,
  actor: TActor,
  fields: TUploadDocumentFields,
  file: { filename: string; bytes: Buffer },
): Promise<TDocument> {
  const stored = await ctx.db.transaction((tx) =>
    storeDocument(tx, ctx, actor, { ...fields, ...file, source: 'upload' }),
  );
  const found = await findDocument(ctx.db, actor.organisationId, stored.id);
  return presentDocument(found!.document, found!.uploaderName);
}

export async function listDocuments(
  ctx: TAppContext,
  actor: TActor,
  subject: { subjectType: TDocumentSubjectType; subjectId: string },
): Promise<TDocument[]> {
  if (!(await subjectExists(ctx.db, actor.organisationId, subject.subjectType, subject.subjectId))) {
    throw new AppError('not_found', { field: 'subjectId' });
  }
  const rows = await listDocumentsOf(ctx.db, actor.organisationId, subject.subjectType, subject.subjectId);
  return rows.map((r) => presentDocument(r.document, r.uploaderName));
}

/**
 * The bytes of a document of the actor's organisation, checked against the SHA-256 recorded at upload
 * (a file altered in the store is never served as evidence), with the download audited.
 */
export async function downloadDocument(
  ctx: TAppContext,
  actor: TActor,
  documentId: string,
): Promise<{ document: TDocument; bytes: Buffer }> {
  return ctx.db.transaction(async (tx) => {
    const found = await findDocument(tx, actor.organisationId, documentId);
    if (!found) throw new AppError('not_found');
    const { document } = found;
    const storage = documentStorage(document.storage as TDocumentStorageKind, ctx.config, tx);
    const bytes = await storage.get(document.storageKey);
    if (!bytes) throw new Error(`document ${document.id}: content missing from ${document.storage} storage`);
    if (createHash('sha256').update(bytes).digest('hex') !== document.sha256) {
      throw new Error(`document ${document.id}: content does not match its SHA-256`);
    }
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'document.downloaded',
      subjectType: 'document',
      subjectId: document.id,
      payload: { filename: document.filename, sha256: document.sha256 },
      ip: actor.ip,
    });
    return { document: presentDocument(document, found.uploaderName), bytes };
  });
}
