import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * The retention clock of a contact (law of 18 September 2017 art. 60): the end of the
 * business relationship, recorded by a user or proposed after a period without activity, and any
 * extension. The purge date is computed, never stored: RETENTION_YEARS after `ended_on`, or
 * `extended_until` when later. Deleted with the contact at the purge.
 */
export const contactRetention = pgTable(
  'contact_retention',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    endedOn: date('ended_on', { mode: 'string' }),
    endSource: text('end_source', { enum: ['user', 'inactivity'] }),
    endReason: text('end_reason'),
    endRecordedBy: uuid('end_recorded_by').references(() => users.id),
    endRecordedAt: timestamp('end_recorded_at', { withTimezone: true }),
    /** An end proposed by the daily job after a period without activity, awaiting a user's answer. */
    proposedAt: timestamp('proposed_at', { withTimezone: true }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }),
    extendedUntil: date('extended_until', { mode: 'string' }),
    extensionReason: text('extension_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contact_retention_org_idx').on(t.organisationId, t.endedOn)],
);

/** A legal hold (CTIF or judicial request): while one is active the contact is never purged. */
export const legalHolds = pgTable(
  'legal_holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    reason: text('reason').notNull(),
    reference: text('reference').notNull().default(''),
    placedBy: uuid('placed_by').references(() => users.id),
    placedAt: timestamp('placed_at', { withTimezone: true }).notNull().defaultNow(),
    releasedBy: uuid('released_by').references(() => users.id),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releaseReason: text('release_reason'),
  },
  (t) => [index('legal_holds_contact_idx').on(t.organisationId, t.contactId)],
);

/**
 * What stays of a purged contact or transaction for the annual activity report (2022 regulation):
 * years, kinds, levels, statuses and country codes — nothing that identifies a person.
 */
export const retentionResidues = pgTable(
  'retention_residues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: ['contact', 'transaction'] }).notNull(),
    createdYear: integer('created_year').notNull(),
    endedYear: integer('ended_year'),
    purgedYear: integer('purged_year').notNull(),
    contactKind: text('contact_kind', { enum: ['person', 'entity'] }),
    transactionType: text('transaction_type'),
    status: text('status').notNull(),
    vigilanceLevel: text('vigilance_level', { enum: ['normal', 'heightened'] }),
    /** ISO 3166 alpha-2 codes (nationalities and country of residence or registration), sorted. */
    countries: jsonb('countries').notNull().default([]),
    priceBand: text('price_band'),
    declaredToOfficer: boolean('declared_to_officer').notNull().default(false),
    reportedToCtif: boolean('reported_to_ctif').notNull().default(false),
  },
  (t) => [index('retention_residues_org_idx').on(t.organisationId, t.kind, t.createdYear)],
);

/**
 * Files of purged documents kept outside the database (DOCUMENT_STORAGE=local), deleted after the purge
 * commits: a crash between the commit and the deletion leaves the key here for the next run.
 */
export const pendingStorageDeletions = pgTable('pending_storage_deletions', {
  storageKey: text('storage_key').primaryKey(),
  storage: text('storage').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
