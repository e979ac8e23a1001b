import { z } from 'zod';

/** What a supporting document is attached to; contacts first, risk profiles and transactions later. */
export const documentSubjectTypes = ['contact', 'transaction'] as const;
export const documentPurposes = [
  'identity',
  'proof_of_address',
  'statutes',
  'introducer_commitment',
  'ubo_register',
  'transaction_report',
  'other',
] as const;
/** Only these formats are accepted, decided from the bytes (regulation: documents kept as evidence). */
export const documentKinds = ['pdf', 'doc', 'docx'] as const;

export type TDocumentSubjectType = (typeof documentSubjectTypes)[number];
export type TDocumentPurpose = (typeof documentPurposes)[number];
export type TDocumentKind = (typeof documentKinds)[number];

/** The text fields of the multipart upload (the file travels as the part named `file`). */
export const ZUploadDocumentFields = z.object({
  subjectType: z.enum(documentSubjectTypes),
  subjectId: z.string().uuid(),
  purpose: z.enum(documentPurposes).default('other'),
});
export type TUploadDocumentFields = z.infer<typeof ZUploadDocumentFields>;

export const ZDocumentListQuery = z.object({
  subjectType: z.enum(documentSubjectTypes),
  subjectId: z.string().uuid(),
});

export const ZDocumentIdParams = z.object({ documentId: z.string().uuid() });

export const ZDocument = z.object({
  id: z.string(),
  subjectType: z.enum(documentSubjectTypes),
  subjectId: z.string(),
  purpose: z.enum(documentPurposes),
  filename: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  /** Hex SHA-256 of the bytes as received: proves later that the kept file is the one uploaded. */
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type TDocument = z.infer<typeof ZDocument>;

export const ZDocumentListResponse = z.object({ items: z.array(ZDocument) });
