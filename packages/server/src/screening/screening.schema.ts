import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * An imported list file. Official lists are platform-wide (organisation_id null); an agency's own watch
 * list belongs to it. The newest version of each (source, organisation) is the one screening uses.
 */
export const listVersions = pgTable(
  'list_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    source: text('source').notNull(),
    format: text('format').notNull(),
    listDate: text('list_date').notNull(),
    checksum: text('checksum').notNull(),
    counts: jsonb('counts').notNull(),
    /** Added / changed / removed entry ids against the previous version of the same list. */
    diff: jsonb('diff').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('list_versions_source_idx').on(t.source, t.importedAt)],
);

export const listEntries = pgTable(
  'list_entries',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => listVersions.id, { onDelete: 'cascade' }),
    entryId: text('entry_id').notNull(),
    /** SHA-256 of the entry's data: a false positive is raised again when the entry changes. */
    entryHash: text('entry_hash').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [uniqueIndex('list_entries_version_entry_key').on(t.versionId, t.entryId)],
);

/** FATF "call for action" / "increased monitoring" and EU high-risk third countries, versioned. */
export const countryRiskVersions = pgTable('country_risk_versions', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().unique(),
  publishedOn: text('published_on').notNull(),
  lists: jsonb('lists').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One screening of a contact version: the list versions used and the first vigilance level. */
export const screenings = pgTable(
  'screenings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    contactVersionNo: integer('contact_version_no').notNull(),
    trigger: text('trigger', { enum: ['contact_saved', 'list_update', 'manual'] }).notNull(),
    listVersions: jsonb('list_versions').notNull(),
    countryRiskVersion: integer('country_risk_version'),
    level: text('level', { enum: ['normal', 'heightened'] }).notNull(),
    factors: jsonb('factors').notNull(),
    screenedBy: uuid('screened_by').references(() => users.id),
    screenedAt: timestamp('screened_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('screenings_contact_idx').on(t.organisationId, t.contactId, t.screenedAt)],
);

/** A list entry resembling the contact or one of its linked parties, with its explanation and disposition. */
export const screeningHits = pgTable(
  'screening_hits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    screeningId: uuid('screening_id')
      .notNull()
      .references(() => screenings.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    /** The screened party: the contact itself or a linked beneficial owner / mandatary. */
    partyContactId: uuid('party_contact_id').notNull(),
    partyName: text('party_name').notNull(),
    partyFingerprint: text('party_fingerprint').notNull(),
    list: text('list').notNull(),
    entryId: text('entry_id').notNull(),
    entryHash: text('entry_hash').notNull(),
    matchedName: text('matched_name').notNull(),
    score: real('score').notNull(),
    explanation: jsonb('explanation').notNull(),
    isNew: integer('is_new').notNull().default(1),
    disposition: text('disposition', { enum: ['open', 'true_match', 'false_positive'] })
      .notNull()
      .default('open'),
    dispositionReason: text('disposition_reason'),
    dispositionedBy: uuid('dispositioned_by').references(() => users.id),
    dispositionedAt: timestamp('dispositioned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('screening_hits_screening_idx').on(t.screeningId),
    index('screening_hits_contact_idx').on(t.organisationId, t.contactId, t.list, t.entryId),
  ],
);

/** Progress of the background re-screening after a list import: resumable, once per version. */
export const rescreenRuns = pgTable('rescreen_runs', {
  versionId: uuid('version_id')
    .primaryKey()
    .references(() => listVersions.id),
  lastContactId: uuid('last_contact_id'),
  screened: integer('screened').notNull().default(0),
  newHits: integer('new_hits').notNull().default(0),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export type TListRefusal = { at: string; reason: string; code: 'malformed' | 'shrunk' | 'empty' };

/**
 * What the scheduled fetch knows about each official source: the validators of the last download
 * (conditional GET), when it last succeeded, when it fails since, and the last file it refused.
 */
export const listSourceStates = pgTable('list_source_states', {
  source: text('source').primaryKey(),
  url: text('url').notNull(),
  etag: text('etag'),
  lastModified: text('last_modified'),
  lastCheckAt: timestamp('last_check_at', { withTimezone: true }),
  lastSuccessAt: timestamp('last_success_at', { withTimezone: true }),
  lastChangeAt: timestamp('last_change_at', { withTimezone: true }),
  nextCheckAt: timestamp('next_check_at', { withTimezone: true }),
  failingSince: timestamp('failing_since', { withTimezone: true }),
  lastError: text('last_error'),
  lastRefusal: jsonb('last_refusal').$type<TListRefusal>(),
});

export type TPlatformAlertKind = 'list_source_failing' | 'lists_stale' | 'country_risk_review';

/**
 * Alerts for the platform administrators (shown on the lists page and e-mailed once when raised); at
 * most one open alert per kind and subject, closed when the condition clears.
 */
export const platformAlerts = pgTable(
  'platform_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['list_source_failing', 'lists_stale', 'country_risk_review'] }).notNull(),
    subject: text('subject').notNull(),
    details: jsonb('details').$type<Record<string, string>>().notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('platform_alerts_open_key').on(t.kind, t.subject).where(sql`resolved_at is null`)],
);

/**
 * What the agency did after confirming a match on an asset-freeze list (issue 14, item 2): the report to
 * CTIF-CFI and the notification of the freeze to the FPS Finance (Treasury), each once per hit, with its
 * date, the reference received and who recorded it. Internal only: never shown to a client (tipping-off).
 */
export const freezeDutyRecords = pgTable(
  'freeze_duty_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    hitId: uuid('hit_id')
      .notNull()
      .references(() => screeningHits.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    duty: text('duty', { enum: ['ctif-report', 'treasury-notification'] }).notNull(),
    /** ISO date the report or notification was made. */
    doneOn: text('done_on').notNull(),
    reference: text('reference').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('freeze_duty_records_hit_duty_key').on(t.hitId, t.duty),
    index('freeze_duty_records_contact_idx').on(t.organisationId, t.contactId),
  ],
);
