import { z } from 'zod';
import { importTargets } from '../contacts/contact-import.ts';

/** Bulk import of contacts from a CSV or XLSX file (B10). */
export const contactImportStatuses = ['mapping', 'queued', 'running', 'completed', 'cancelled'] as const;
export const contactImportRowStatuses = ['pending', 'invalid', 'imported', 'duplicate', 'failed'] as const;

export const ZImportTarget = z.enum(importTargets);
export const ZImportMapping = z.record(z.string().max(200), ZImportTarget.nullable());

export const ZContactImportIdParams = z.object({ importId: z.string().uuid() });

export const ZContactImport = z.object({
  id: z.string(),
  filename: z.string(),
  format: z.enum(['csv', 'xlsx']),
  status: z.enum(contactImportStatuses),
  headers: z.array(z.string()),
  mapping: ZImportMapping,
  acceptPartial: z.boolean(),
  totalRows: z.number(),
  processedRows: z.number(),
  importedRows: z.number(),
  duplicateRows: z.number(),
  invalidRows: z.number(),
  failedRows: z.number(),
  /** Imported contacts whose screening found at least one hit, and the hits in all. */
  contactsWithHits: z.number(),
  hitCount: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TContactImport = z.infer<typeof ZContactImport>;

/** The answer to an upload: `alreadyUploaded` when the same file (same SHA-256) was sent before. */
export const ZContactImportUploadResponse = z.object({
  import: ZContactImport,
  alreadyUploaded: z.boolean(),
});

export const ZImportRowError = z.object({ field: z.string(), code: z.string(), message: z.string() });

export const ZContactImportPreview = z.object({
  /** Over every row of the file, with the current mapping. */
  validRows: z.number(),
  invalidRows: z.number(),
  rows: z.array(
    z.object({
      rowNo: z.number(),
      cells: z.record(z.string(), z.string()),
      errors: z.array(ZImportRowError),
    }),
  ),
});
export type TContactImportPreview = z.infer<typeof ZContactImportPreview>;

export const ZUpdateImportMappingRequest = z.object({ mapping: ZImportMapping });
export const ZConfirmImportRequest = z.object({
  /** Import the valid rows and leave the others; without it a file with an invalid row is refused. */
  acceptPartial: z.boolean(),
});

export const ZContactImportRowsQuery = z.object({
  status: z.enum(contactImportRowStatuses).optional(),
});
export const ZContactImportRowsResponse = z.object({
  rows: z.array(
    z.object({
      rowNo: z.number(),
      status: z.enum(contactImportRowStatuses),
      contactId: z.string().nullable(),
      hitCount: z.number(),
      errors: z.array(ZImportRowError),
    }),
  ),
});
export const ZContactImportsResponse = z.object({ imports: z.array(ZContactImport) });
