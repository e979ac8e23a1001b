import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';

/** An agency, identified by its Belgian enterprise number (10 digits, stored without separators). */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseNumber: text('enterprise_number').notNull(),
    name: text('name').notNull(),
    legalForm: text('legal_form').notNull().default(''),
    street: text('street').notNull().default(''),
    postalCode: text('postal_code').notNull().default(''),
    city: text('city').notNull().default(''),
    country: text('country').notNull().default('BE'),
    vatNumber: text('vat_number'),
    bivNumber: text('biv_number'),
    email: text('email'),
    phone: text('phone'),
    /** eID settings (M1b): sessions opened with eID for the tool; a linked eID to be AML officer. */
    requireEidForTool: boolean('require_eid_for_tool').notNull().default(false),
    officerRequiresEid: boolean('officer_requires_eid').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_enterprise_number_key').on(t.enterpriseNumber)],
);

export const toolRoles = ['none', 'collaborator', 'officer'] as const;

/** A person's place in an organisation: pending until a manager confirms; manager flag; AML tool role. */
export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['pending', 'active'] }).notNull(),
    isManager: boolean('is_manager').notNull().default(false),
    toolRole: text('tool_role', { enum: toolRoles }).notNull().default('none'),
    mayBecomeOfficer: boolean('may_become_officer').notNull().default(false),
    jobTitle: text('job_title').notNull().default(''),
    contactEmail: text('contact_email'),
    phone: text('phone'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('memberships_org_user_key').on(t.organisationId, t.userId),
    index('memberships_user_idx').on(t.userId),
  ],
);

/** Enterprise numbers the supervisor registered with the administrator: only these may use the AML tool. */
export const allowedEnterpriseNumbers = pgTable('allowed_enterprise_numbers', {
  enterpriseNumber: text('enterprise_number').primaryKey(),
  note: text('note').notNull().default(''),
  addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Kinds of professional recognition (e.g. "BIV/IPI member") the administrator grants to accounts. */
export const recognitionTypes = pgTable('recognition_types', {
  code: text('code').primaryKey(),
  labelFr: text('label_fr').notNull(),
  labelNl: text('label_nl').notNull(),
  labelEn: text('label_en').notNull(),
  requiredForToolAccess: boolean('required_for_tool_access').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const userRecognitions = pgTable(
  'user_recognitions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    recognitionCode: text('recognition_code')
      .notNull()
      .references(() => recognitionTypes.code, { onDelete: 'cascade' }),
    reference: text('reference').notNull().default(''),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('user_recognitions_key').on(t.userId, t.recognitionCode)],
);
