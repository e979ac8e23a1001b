import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
