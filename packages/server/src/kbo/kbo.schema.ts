import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * KBO/BCE reference data (Crossroads Bank for Enterprises, FPS Economy open-data extract): platform data,
 * the same for every organisation, written only by the import (`vigilo kbo import`). Codes are stored as
 * the extract has them; labels come from `kbo_codes` in the reader's language. Enterprise numbers are the
 * 10 digits without dots. No foreign keys: an update extract deletes and inserts per file.
 */
export const kboEnterprises = pgTable('kbo_enterprises', {
  enterpriseNumber: text('enterprise_number').primaryKey(),
  status: text('status').notNull(),
  juridicalSituation: text('juridical_situation').notNull(),
  typeOfEnterprise: text('type_of_enterprise').notNull(),
  juridicalForm: text('juridical_form'),
  juridicalFormCac: text('juridical_form_cac'),
  /** ISO date. */
  startDate: text('start_date'),
});

export const kboDenominations = pgTable(
  'kbo_denominations',
  {
    entityNumber: text('entity_number').notNull(),
    /** KBO language code: 0 unknown, 1 French, 2 Dutch, 3 German, 4 English. */
    language: text('language').notNull(),
    typeOfDenomination: text('type_of_denomination').notNull(),
    denomination: text('denomination').notNull(),
  },
  (t) => [index('kbo_denominations_entity_idx').on(t.entityNumber)],
);

export const kboAddresses = pgTable(
  'kbo_addresses',
  {
    entityNumber: text('entity_number').notNull(),
    typeOfAddress: text('type_of_address').notNull(),
    countryNl: text('country_nl'),
    countryFr: text('country_fr'),
    zipcode: text('zipcode'),
    municipalityNl: text('municipality_nl'),
    municipalityFr: text('municipality_fr'),
    streetNl: text('street_nl'),
    streetFr: text('street_fr'),
    houseNumber: text('house_number'),
    box: text('box'),
    extraAddressInfo: text('extra_address_info'),
    /** ISO date since which the address no longer applies. */
    dateStrikingOff: text('date_striking_off'),
  },
  (t) => [index('kbo_addresses_entity_idx').on(t.entityNumber)],
);

export const kboActivities = pgTable(
  'kbo_activities',
  {
    entityNumber: text('entity_number').notNull(),
    activityGroup: text('activity_group').notNull(),
    naceVersion: text('nace_version').notNull(),
    naceCode: text('nace_code').notNull(),
    classification: text('classification').notNull(),
  },
  (t) => [index('kbo_activities_entity_idx').on(t.entityNumber)],
);

export const kboCodes = pgTable(
  'kbo_codes',
  {
    category: text('category').notNull(),
    code: text('code').notNull(),
    /** FR, NL or DE as in code.csv. */
    language: text('language').notNull(),
    description: text('description').notNull(),
  },
  (t) => [primaryKey({ columns: [t.category, t.code, t.language] })],
);

export type TKboImportStatus = 'running' | 'completed' | 'failed';

/**
 * One import of an extract ZIP, identified by its SHA-256. Each batch of rows commits together with
 * `current_file` / `rows_committed`, so an interrupted run continues after the last committed batch.
 */
export const kboImportRuns = pgTable(
  'kbo_import_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    extractType: text('extract_type'),
    extractNumber: text('extract_number'),
    /** ISO date of the KBO snapshot (meta.csv SnapshotDate). */
    snapshotDate: text('snapshot_date'),
    status: text('status').$type<TKboImportStatus>().notNull().default('running'),
    currentFile: text('current_file'),
    /** Data rows of `current_file` already committed. */
    rowsCommitted: integer('rows_committed').notNull().default(0),
    filesDone: jsonb('files_done').$type<string[]>().notNull().default([]),
    rowsImported: integer('rows_imported').notNull().default(0),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('kbo_import_runs_sha_idx').on(t.fileSha256)],
);
