import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/accounts.schema.ts';
import { organisations } from '../organisations/organisations.schema.ts';

/**
 * One wallet per organisation (M9). `number` is the base of the organisation's Belgian structured
 * communication (10 digits + mod-97 check), unique, used to credit bank transfers automatically.
 * The row is also the organisation's wallet lock (`SELECT … FOR UPDATE`): every movement is written
 * under it, so concurrent payments can never overdraw.
 */
export const wallets = pgTable('wallets', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  number: serial('number').notNull().unique(),
  /** The 12 digits of the structured communication (`+++ddd/dddd/ddddd+++` without separators). */
  communicationDigits: text('communication_digits').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const movementKindValues = ['topup', 'debit', 'subscription_purchase', 'adjustment'] as const;

/**
 * The ledger: one immutable row per money movement (a database trigger refuses updates and deletes).
 * Amounts are signed cents (credits positive); the balance is the sum of `amount_incl_vat_cents`;
 * `balance_after_cents` is written under the wallet lock and can never be negative.
 */
export const walletMovements = pgTable(
  'wallet_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => wallets.organisationId),
    voucherNo: integer('voucher_no').notNull(),
    kind: text('kind', { enum: movementKindValues }).notNull(),
    product: text('product').notNull(),
    amountExclVatCents: bigint('amount_excl_vat_cents', { mode: 'number' }).notNull(),
    vatCents: bigint('vat_cents', { mode: 'number' }).notNull(),
    amountInclVatCents: bigint('amount_incl_vat_cents', { mode: 'number' }).notNull(),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    balanceAfterCents: bigint('balance_after_cents', { mode: 'number' }).notNull(),
    priceListVersion: integer('price_list_version'),
    reference: text('reference').notNull().default(''),
    /** What it is about: the transaction, subscription, payment or statement line. */
    subjectType: text('subject_type'),
    subjectId: uuid('subject_id'),
    userId: uuid('user_id').references(() => users.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wallet_movements_idempotency_key').on(t.organisationId, t.idempotencyKey),
    uniqueIndex('wallet_movements_voucher_key').on(t.organisationId, t.voucherNo),
    index('wallet_movements_org_created_idx').on(t.organisationId, t.createdAt),
    // The filters' choices skip through these, one entry per product or person (movements.repository.ts).
    index('wallet_movements_org_product_idx').on(t.organisationId, t.product),
    index('wallet_movements_org_user_idx').on(t.organisationId, t.userId),
    check('wallet_movements_balance_not_negative', sql`${t.balanceAfterCents} >= 0`),
    check(
      'wallet_movements_amounts_add_up',
      sql`${t.amountExclVatCents} + ${t.vatCents} = ${t.amountInclVatCents}`,
    ),
  ],
);

/** Subscriptions bought from the wallet: valid one year from purchase, per organisation. */
export const walletSubscriptions = pgTable(
  'wallet_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => wallets.organisationId),
    planCode: text('plan_code').notNull(),
    /** Null = unlimited. */
    includedTransactions: integer('included_transactions'),
    purchasedAt: timestamp('purchased_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    priceListVersion: integer('price_list_version').notNull(),
    purchaseMovementId: uuid('purchase_movement_id')
      .notNull()
      .references(() => walletMovements.id),
  },
  (t) => [index('wallet_subscriptions_org_idx').on(t.organisationId, t.expiresAt)],
);

/**
 * One transaction vigilance calculation covered by a subscription (no money moves). The usage of a
 * subscription is the count of its rows; the idempotency key is shared with the movements' (one click,
 * one charge, whichever way it was paid).
 */
export const walletSubscriptionUses = pgTable(
  'wallet_subscription_uses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => wallets.organisationId),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => walletSubscriptions.id),
    transactionId: uuid('transaction_id').notNull(),
    reference: text('reference').notNull().default(''),
    userId: uuid('user_id').references(() => users.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wallet_subscription_uses_idempotency_key').on(t.organisationId, t.idempotencyKey),
    index('wallet_subscription_uses_subscription_idx').on(t.subscriptionId),
  ],
);

/** Price lists are data (M9): versions with the moment they apply from, published by the administrator. */
export const priceLists = pgTable('price_lists', {
  version: integer('version').primaryKey(),
  effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
  priceList: jsonb('price_list').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const paymentStatusValues = ['open', 'paid', 'failed', 'canceled', 'expired'] as const;

/** An online top-up started with a payment provider; credited once, when the provider says it is paid. */
export const paymentIntents = pgTable(
  'payment_intents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => wallets.organisationId),
    provider: text('provider').notNull(),
    externalId: text('external_id'),
    status: text('status', { enum: paymentStatusValues }).notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    checkoutUrl: text('checkout_url'),
    movementId: uuid('movement_id').references(() => walletMovements.id),
    idempotencyKey: text('idempotency_key').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_intents_external_key').on(t.provider, t.externalId),
    uniqueIndex('payment_intents_idempotency_key').on(t.organisationId, t.idempotencyKey),
  ],
);

/**
 * The built-in test provider's own record of payments: it plays the payment service provider, so the
 * webhook path (id only → fetch status → credit) is the same as with a real one.
 */
export const testProviderPayments = pgTable('test_provider_payments', {
  externalId: text('external_id').primaryKey(),
  amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
  description: text('description').notNull(),
  status: text('status', { enum: paymentStatusValues }).notNull(),
  redirectUrl: text('redirect_url').notNull(),
  webhookUrl: text('webhook_url').notNull(),
  metadata: jsonb('metadata').notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One imported ISO 20022 CAMT.053 file (B6). */
export const bankStatementImports = pgTable('bank_statement_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  fileSha256: text('file_sha256').notNull(),
  messageId: text('message_id').notNull(),
  accountIban: text('account_iban'),
  statementIds: text('statement_ids').notNull().default(''),
  counts: jsonb('counts').notNull().default({}),
  importedBy: uuid('imported_by').references(() => users.id),
  source: text('source', { enum: ['upload', 'cli'] }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const statementLineStatusValues = ['matched', 'unmatched', 'assigned'] as const;

/**
 * A credit line of a statement. `entry_reference` (the bank's own reference for the entry) is unique:
 * importing the same statement again never credits it twice. Unmatched lines wait for a platform
 * administrator to assign them to an organisation; they are never dropped.
 */
export const bankStatementLines = pgTable(
  'bank_statement_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importId: uuid('import_id')
      .notNull()
      .references(() => bankStatementImports.id),
    entryReference: text('entry_reference').notNull().unique(),
    bookingDate: date('booking_date').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    communication: text('communication'),
    debtorName: text('debtor_name'),
    debtorIban: text('debtor_iban'),
    status: text('status', { enum: statementLineStatusValues }).notNull(),
    matchError: text('match_error'),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    movementId: uuid('movement_id').references(() => walletMovements.id),
    assignedBy: uuid('assigned_by').references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('bank_statement_lines_status_idx').on(t.status, t.createdAt)],
);
