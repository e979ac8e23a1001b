import { sql } from 'drizzle-orm';
import {
  boolean,
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
 * FIU schema profiles uploaded by the platform administrator (M8): an FIU's goAML XSD and the mapping of
 * Vigilo's meanings to that FIU's lookup codes. At most one is active; with none, the generic UNODC 5.0.1
 * profile shipped in `profiles/` applies.
 */
export const goamlProfiles = pgTable(
  'goaml_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    xsdFilename: text('xsd_filename').notNull(),
    xsd: text('xsd').notNull(),
    xsdSha256: text('xsd_sha256').notNull(),
    mapping: jsonb('mapping').notNull(),
    isActive: boolean('is_active').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('goaml_profiles_one_active_key').on(t.isActive).where(sql`${t.isActive}`)],
);

/** The agency's goAML registration (officer-only): its reporting-entity id and branch name on the portal. */
export const goamlSettings = pgTable('goaml_settings', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  reportingEntityId: integer('reporting_entity_id'),
  branch: text('branch').notNull().default(''),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A goAML report of a case reported to CTIF-CFI; `state` is the domain lifecycle (draft → downloaded →
 * submitted → answered). A follow-up report completes an earlier one and carries CTIF's reference of it.
 * Internal only: never shown on anything a client could see (tipping-off ban, law of 18 September 2017 art. 55).
 */
export const goamlReports = pgTable(
  'goaml_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    subjectType: text('subject_type', { enum: ['risk_profile', 'transaction'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    kind: text('kind', { enum: ['SAR', 'STR'] }).notNull(),
    state: jsonb('state').notNull(),
    status: text('status').notNull(),
    texts: jsonb('texts').notNull(),
    previousReportId: uuid('previous_report_id'),
    fiuRefNumber: text('fiu_ref_number'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('goaml_reports_subject_idx').on(t.organisationId, t.subjectType, t.subjectId),
    index('goaml_reports_org_status_idx').on(t.organisationId, t.status),
    // One first report per case; follow-ups point to the report they complete.
    uniqueIndex('goaml_reports_first_per_case_key').on(t.subjectId).where(sql`${t.previousReportId} is null`),
  ],
);

/** Every file the officer downloaded, byte for byte: what was (or could have been) sent to CTIF. */
export const goamlReportFiles = pgTable(
  'goaml_report_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reportId: uuid('report_id')
      .notNull()
      .references(() => goamlReports.id),
    xml: text('xml').notNull(),
    sha256: text('sha256').notNull(),
    profileName: text('profile_name').notNull(),
    profileId: uuid('profile_id'),
    adjustments: jsonb('adjustments').notNull().default([]),
    downloadedBy: uuid('downloaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goaml_report_files_report_idx').on(t.reportId, t.createdAt)],
);
