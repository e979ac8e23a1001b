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
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * The AML officer's annual activity report (2022 regulation), one immutable version per save: the
 * figures computed from the records when saved, and the officer's narrative sections.
 */
export const annualReports = pgTable(
  'annual_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    year: integer('year').notNull(),
    versionNo: integer('version_no').notNull(),
    figures: jsonb('figures').notNull(),
    narrative: jsonb('narrative').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('annual_reports_org_year_version_key').on(t.organisationId, t.year, t.versionNo)],
);

/**
 * The agency's overall risk assessment (loi 18/09/2017 art. 16–17; M11), one immutable version per save,
 * each reviewed by the officer on a date, next review due a year later.
 */
export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    versionNo: integer('version_no').notNull(),
    content: jsonb('content').notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    nextReviewDue: date('next_review_due', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('risk_assessments_org_version_key').on(t.organisationId, t.versionNo)],
);

/** Internal AML training sessions the officer organised (law of 18 September 2017 art. 11), counted in the annual report. */
export const amlTrainings = pgTable(
  'aml_trainings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    attendees: text('attendees').notNull().default(''),
    attendeeCount: integer('attendee_count').notNull().default(0),
    /** The organisation's members who attended (issue 14, item 13); `attendees` keeps outside participants. */
    attendeeUserIds: uuid('attendee_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('aml_trainings_org_held_idx').on(t.organisationId, t.heldOn)],
);
