import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/** The agency's client acceptance policy (2022 regulation), versioned: computed profiles keep the version they used. */
export const acceptancePolicies = pgTable(
  'acceptance_policies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    version: integer('version').notNull(),
    policy: jsonb('policy').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('acceptance_policies_org_version_key').on(t.organisationId, t.version)],
);

/** A contact version's risk profile as buyer or seller; `decision` is the workflow state (domain union). */
export const riskProfiles = pgTable(
  'risk_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    contactVersionId: uuid('contact_version_id')
      .notNull()
      .references(() => contactVersions.id),
    contactVersionNo: integer('contact_version_no').notNull(),
    role: text('role', { enum: ['buyer', 'seller'] }).notNull(),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    answers: jsonb('answers').notNull().default({}),
    result: jsonb('result'),
    level: text('level', { enum: ['normal', 'heightened'] }),
    policyVersion: integer('policy_version'),
    decision: jsonb('decision').notNull(),
    status: text('status').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('risk_profiles_contact_idx').on(t.organisationId, t.contactId),
    index('risk_profiles_status_idx').on(t.organisationId, t.status),
  ],
);
