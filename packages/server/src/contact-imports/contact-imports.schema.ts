import type { TImportMapping } from '@vigilo/domain/contacts/contact-import.ts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export type TImportRowErrorCode = { field: string; code: string };

/**
 * One uploaded file and its processing (B10). The file's SHA-256 is unique per organisation: the same file
 * sent twice is recognised and never imported twice. `last_row` is the resume point of the job.
 */
export const contactImports = pgTable(
  'contact_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Plain ids, no foreign keys: a module references no other module's tables (check-boundaries.mjs).
    organisationId: uuid('organisation_id').notNull(),
    createdBy: uuid('created_by').notNull(),
    filename: text('filename').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    sha256: text('sha256').notNull(),
    status: text('status', { enum: ['mapping', 'queued', 'running', 'completed', 'cancelled'] })
      .notNull()
      .default('mapping'),
    headers: jsonb('headers').$type<string[]>().notNull(),
    mapping: jsonb('mapping').$type<TImportMapping>().notNull(),
    acceptPartial: boolean('accept_partial').notNull().default(false),
    totalRows: integer('total_rows').notNull(),
    lastRow: integer('last_row').notNull().default(0),
    importedRows: integer('imported_rows').notNull().default(0),
    duplicateRows: integer('duplicate_rows').notNull().default(0),
    invalidRows: integer('invalid_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    contactsWithHits: integer('contacts_with_hits').notNull().default(0),
    hitCount: integer('hit_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('contact_imports_org_sha256_key').on(t.organisationId, t.sha256),
    index('contact_imports_org_created_idx').on(t.organisationId, t.createdAt),
  ],
);

/**
 * The rows of a file and each one's outcome. `cells` (the client's data as read) is erased when the import
 * ends; what stays is the outcome, the contact created (a plain id: a purged contact leaves an id that
 * points at nothing) and the error codes.
 */
export const contactImportRows = pgTable(
  'contact_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => contactImports.id, { onDelete: 'cascade' }),
    rowNo: integer('row_no').notNull(),
    cells: jsonb('cells').$type<Record<string, string>>(),
    status: text('status', { enum: ['pending', 'invalid', 'imported', 'duplicate', 'failed'] })
      .notNull()
      .default('pending'),
    errors: jsonb('errors').$type<TImportRowErrorCode[]>().notNull().default(sql`'[]'::jsonb`),
    contactId: uuid('contact_id'),
    hitCount: integer('hit_count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.importId, t.rowNo] })],
);
