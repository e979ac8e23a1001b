import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * The timeline of a case (risk profile or transaction) for the Declarations page: every action, who
 * took it and in which role. Internal only: never shown on anything a client could see (tipping-off ban, law of 18 September 2017 art. 55).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    subjectType: text('subject_type', { enum: ['risk_profile', 'transaction'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorRole: text('actor_role', { enum: ['collaborator', 'officer'] }),
    motivation: text('motivation'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_events_subject_idx').on(t.organisationId, t.subjectType, t.subjectId, t.createdAt)],
);

/**
 * The versions of a case's answers kept when an undecided case is corrected (issue 14, item 2: e.g. the
 * payment method after an intended cash payment): version 1 is the answers first computed, each correction
 * adds one with its reason. A version is never changed. Internal only (tipping-off).
 */
export const caseAnswerVersions = pgTable(
  'case_answer_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    subjectType: text('subject_type', { enum: ['risk_profile', 'transaction'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    version: integer('version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    /** Why the answers were corrected (null for the first version). */
    reason: text('reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_answer_versions_subject_version_key').on(t.subjectId, t.version)],
);
