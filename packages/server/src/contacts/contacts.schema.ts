import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * A party the agency deals with. The identification data live in immutable versions; this row holds the
 * current state and what the Contacts page searches and filters on.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: ['person', 'entity'] }).notNull(),
    status: text('status', { enum: ['draft', 'screened', 'accepted', 'refused', 'blocked'] })
      .notNull()
      .default('draft'),
    displayName: text('display_name').notNull(),
    /** Folded (lower-case, accents removed) names, enterprise number and city: the text search target. */
    searchText: text('search_text').notNull(),
    sortName: text('sort_name').notNull(),
    enterpriseNumber: text('enterprise_number'),
    city: text('city'),
    vigilanceLevel: text('vigilance_level', { enum: ['normal', 'heightened'] }),
    reviewDueAt: date('review_due_at', { mode: 'string' }),
    currentVersionNo: integer('current_version_no').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('contacts_org_created_idx').on(t.organisationId, t.createdAt),
    index('contacts_org_sort_name_idx').on(t.organisationId, t.sortName),
    index('contacts_search_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Every edit creates a new, never-updated version: what risk profiles and transactions point to. */
export const contactVersions = pgTable(
  'contact_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    versionNo: integer('version_no').notNull(),
    data: jsonb('data').notNull(),
    changes: jsonb('changes').notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contact_versions_contact_no_key').on(t.contactId, t.versionNo)],
);

/** Supporting documents (PDF, DOC, DOCX), checked from their bytes, stored with their SHA-256. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    purpose: text('purpose').notNull().default('other'),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storage: text('storage').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_subject_idx').on(t.organisationId, t.subjectType, t.subjectId)],
);

/** Document bytes when the database is the store (the default; a local directory is the alternative). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const documentBlobs = pgTable('document_blobs', {
  key: text('key').primaryKey(),
  content: bytea('content').notNull(),
});

/**
 * The AML officer's documented risk assessment that a person who left a prominent public function more
 * than 12 months ago no longer presents a PEP-specific risk (loi 18/09/2017 art. 41): it ends the
 * heightened vigilance forced by the PEP status for that function. Never updated.
 */
export const pepAssessments = pgTable(
  'pep_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    /** The end of function assessed: a later function (another end date) needs a new assessment. */
    functionEndDate: date('function_end_date', { mode: 'string' }).notNull(),
    assessment: text('assessment').notNull(),
    assessedBy: uuid('assessed_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pep_assessments_contact_idx').on(t.organisationId, t.contactId, t.createdAt)],
);
