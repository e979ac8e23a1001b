import {
  bigint,
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
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';
import { riskProfiles } from '../risk/risk.schema.ts';

/** A brokerage operation (M7). `decision` is the workflow state shared with risk profiles (M6). */
export const transactions = pgTable(
  'transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    reference: text('reference').notNull(),
    type: text('type', { enum: ['sale', 'purchase', 'rental_high_value'] }).notNull(),
    propertyAddress: jsonb('property_address').notNull(),
    /** The price of a sale, the monthly rent of a rental. */
    priceCents: bigint('price_cents', { mode: 'number' }).notNull(),
    /** The brokerage agreement with the client: the client is identified before it (issue 14, item 10). */
    brokerageAgreementDate: date('brokerage_agreement_date', { mode: 'string' }),
    /** The accepted offer / sale agreement (or lease): the counterparty is identified before it. */
    agreementDate: date('agreement_date', { mode: 'string' }),
    searchText: text('search_text').notNull(),
    questionnaireId: text('questionnaire_id').notNull(),
    questionnaireVersion: integer('questionnaire_version').notNull(),
    answers: jsonb('answers').notNull().default({}),
    result: jsonb('result'),
    level: text('level', { enum: ['normal', 'heightened'] }),
    policyVersion: integer('policy_version'),
    decision: jsonb('decision').notNull(),
    status: text('status').notNull(),
    payment: jsonb('payment'),
    paidAt: timestamp('paid_at', { withTimezone: true }),
    reportDocumentId: uuid('report_document_id'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('transactions_org_reference_key').on(t.organisationId, t.reference),
    index('transactions_org_created_idx').on(t.organisationId, t.createdAt),
    // A status in date order: a statement's generic plan expects an average agency's few matches, read
    // them by status and sorted them, 2,706 accepted ones for the largest agency (4.3 ms a page; issue 21).
    index('transactions_org_status_created_idx').on(t.organisationId, t.status, t.createdAt),
  ],
);

/**
 * The parties of a transaction. A contact version is used in one transaction only (M7): the unique
 * index makes that hold even under concurrent creation.
 */
export const transactionParties = pgTable(
  'transaction_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    transactionId: uuid('transaction_id')
      .notNull()
      .references(() => transactions.id),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    contactVersionId: uuid('contact_version_id')
      .notNull()
      .references(() => contactVersions.id),
    contactVersionNo: integer('contact_version_no').notNull(),
    riskProfileId: uuid('risk_profile_id')
      .notNull()
      .references(() => riskProfiles.id),
    role: text('role', { enum: ['client', 'counterparty'] }).notNull(),
    /** Seller / buyer, landlord / tenant; always set for a rental, optional for a sale (read from the profile). */
    side: text('side', { enum: ['seller', 'buyer', 'landlord', 'tenant'] }),
  },
  (t) => [
    uniqueIndex('transaction_parties_contact_version_key').on(t.contactVersionId),
    index('transaction_parties_transaction_idx').on(t.transactionId),
  ],
);
