import type { TContactVersionSource } from '@vigilo/domain/contracts/contacts.ts';
import { sql } from 'drizzle-orm';
import {
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
import { documents } from '../documents/documents.schema.ts';
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
    // The Contacts page's status and vigilance filters, in name order: a rare pair (blocked, normal) read
    // every contact of the agency twice without it (issue 21).
    index('contacts_org_status_vigilance_name_idx').on(
      t.organisationId,
      t.status,
      t.vigilanceLevel,
      t.sortName,
    ),
    // The same filters in date order (the page's default): a statement's generic plan expects an average
    // agency's few matches, read them through the index above and sorted them, 14,686 of them for the
    // largest agency (13.8 ms a page instead of 0.5; issue 21).
    index('contacts_org_status_vigilance_created_idx').on(
      t.organisationId,
      t.status,
      t.vigilanceLevel,
      t.createdAt,
    ),
    // The agency and the trigrams in one GIN index (btree_gin): a search reads only its own agency's
    // matches instead of every agency's. Updated at each insert (no pending list): with one, every search
    // scanned the contacts added since the last vacuum, 0.3 ms became 3 ms after 5,000 (issue 21).
    index('contacts_org_search_trgm_idx')
      .using('gin', t.organisationId, sql`${t.searchText} gin_trgm_ops`)
      .with({ fastupdate: false }),
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
    /**
     * The dated source of the version's data when the entity was filled in from the KBO/BCE extract: which
     * extract (number, snapshot date) and what it said. Null when the version holds only what was typed.
     */
    source: jsonb('source').$type<TContactVersionSource>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contact_versions_contact_no_key').on(t.contactId, t.versionNo)],
);

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

/**
 * How a beneficial owner of a contact was verified (issue 14, item 4): against a document kept in the file
 * or the UBO register extract. Append-only: a new record supersedes nothing, the latest is shown; an owner
 * with none is recorded but not verified, and blocks acceptance (loi art. 33).
 */
export const beneficialOwnerVerifications = pgTable(
  'beneficial_owner_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The client (entity, or person acting for someone else). */
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    /** The beneficial owner verified. */
    ownerContactId: uuid('owner_contact_id')
      .notNull()
      .references(() => contacts.id),
    method: text('method', { enum: ['document', 'ubo-register'] }).notNull(),
    documentId: uuid('document_id').references(() => documents.id),
    uboRegisterExtractId: uuid('ubo_register_extract_id').references(() => uboRegisterExtracts.id),
    verifiedOn: date('verified_on', { mode: 'string' }).notNull(),
    verifiedBy: uuid('verified_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('beneficial_owner_verifications_contact_idx').on(t.organisationId, t.contactId)],
);

/** A person the UBO register extract lists as beneficial owner, as read by the agency. */
export type TUboRegisterListedOwner = { name: string; birthDate: string | null };

/**
 * The UBO register extract of an entity (issue 14, item 8): the uploaded document, the extract's date and
 * the beneficial owners it lists, compared with those the agency recorded.
 */
export const uboRegisterExtracts = pgTable(
  'ubo_register_extracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    extractDate: date('extract_date', { mode: 'string' }).notNull(),
    listedOwners: jsonb('listed_owners').$type<TUboRegisterListedOwner[]>().notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ubo_register_extracts_contact_idx').on(t.organisationId, t.contactId)],
);

/** The discrepancy report the agency made to the UBO register's administrator, with its date (item 8). */
export const uboDiscrepancyReports = pgTable(
  'ubo_discrepancy_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    extractId: uuid('extract_id')
      .notNull()
      .references(() => uboRegisterExtracts.id),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull().default(''),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ubo_discrepancy_reports_contact_idx').on(t.organisationId, t.contactId)],
);
