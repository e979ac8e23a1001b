import type { TInvoiceParty, TPaymentReceived, TVatSubtotal } from '@vigilo/domain/invoicing/index.ts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
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
import { walletMovements } from '../wallet/wallet.schema.ts';

/**
 * The operator's invoice series (issue 24): one row, incremented inside the issuing transaction. The
 * row lock serialises issuers and a rollback gives the number back, so numbers never have a gap.
 */
export const invoiceCounters = pgTable('invoice_counters', {
  series: text('series').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

export const invoiceKindValues = ['invoice', 'credit_note'] as const;

/** A payment received, as stored (dates as ISO strings in JSON). */
export type TStoredPayment = Omit<TPaymentReceived, 'receivedAt'> & { receivedAt: string };

/**
 * An issued invoice or credit note. Immutable (a database trigger refuses updates and deletes): the
 * customer is a snapshot taken at issue, the UBL is the legal document as issued.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind', { enum: invoiceKindValues }).notNull(),
    sequence: integer('sequence').notNull().unique(),
    number: text('number').notNull().unique(),
    issueDate: date('issue_date').notNull(),
    /** The period key (`2026-11`, `2026-Q4`) of an invoice; null for a credit note. */
    periodKey: text('period_key'),
    periodStart: date('period_start'),
    periodEnd: date('period_end'),
    creditedInvoiceId: uuid('credited_invoice_id').references((): AnyPgColumn => invoices.id),
    supplier: jsonb('supplier').$type<TInvoiceParty>().notNull(),
    customer: jsonb('customer').$type<TInvoiceParty>().notNull(),
    vatSubtotals: jsonb('vat_subtotals').$type<TVatSubtotal[]>().notNull(),
    paymentsReceived: jsonb('payments_received').$type<TStoredPayment[]>().notNull(),
    netCents: bigint('net_cents', { mode: 'number' }).notNull(),
    vatCents: bigint('vat_cents', { mode: 'number' }).notNull(),
    grossCents: bigint('gross_cents', { mode: 'number' }).notNull(),
    prepaidCents: bigint('prepaid_cents', { mode: 'number' }).notNull(),
    payableCents: bigint('payable_cents', { mode: 'number' }).notNull(),
    ublXml: text('ubl_xml').notNull(),
    rulesChecked: integer('rules_checked').notNull(),
    issuedBy: uuid('issued_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One invoice per organisation and period, whichever instance runs the job.
    uniqueIndex('invoices_org_period_key').on(t.organisationId, t.periodKey),
    index('invoices_org_issue_idx').on(t.organisationId, t.issueDate),
    check('invoices_totals_add_up', sql`${t.netCents} + ${t.vatCents} = ${t.grossCents}`),
    check(
      'invoices_kind_fields',
      sql`(${t.kind} = 'invoice' and ${t.periodKey} is not null and ${t.creditedInvoiceId} is null)
        or (${t.kind} = 'credit_note' and ${t.periodKey} is null and ${t.creditedInvoiceId} is not null)`,
    ),
  ],
);

/** A line of an invoice or credit note; a credit note line names the line it reverses, once. */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    lineNo: integer('line_no').notNull(),
    product: text('product').notNull(),
    priceListVersion: integer('price_list_version'),
    vatRateBasisPoints: integer('vat_rate_basis_points').notNull(),
    quantity: integer('quantity').notNull(),
    unitNetCents: bigint('unit_net_cents', { mode: 'number' }).notNull(),
    netCents: bigint('net_cents', { mode: 'number' }).notNull(),
    vatCents: bigint('vat_cents', { mode: 'number' }).notNull(),
    creditedLineId: uuid('credited_line_id')
      .unique()
      .references((): AnyPgColumn => invoiceLines.id),
  },
  (t) => [uniqueIndex('invoice_lines_invoice_line_no').on(t.invoiceId, t.lineNo)],
);

export const invoicedMovementRoles = ['supply', 'payment', 'credit'] as const;

/**
 * Which document accounts for each wallet movement. The primary key on the movement is the guarantee
 * that no movement is ever invoiced twice, even by two instances issuing at the same moment.
 */
export const invoicedMovements = pgTable(
  'invoiced_movements',
  {
    movementId: uuid('movement_id')
      .primaryKey()
      .references(() => walletMovements.id),
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id),
    lineId: uuid('line_id').references(() => invoiceLines.id),
    role: text('role', { enum: invoicedMovementRoles }).notNull(),
  },
  (t) => [index('invoiced_movements_invoice_idx').on(t.invoiceId)],
);

export const deliveryStatusValues = ['to_send', 'sent', 'failed'] as const;

/** How an issued document reached the customer: the only mutable part of invoicing. */
export const invoiceDeliveries = pgTable('invoice_deliveries', {
  invoiceId: uuid('invoice_id')
    .primaryKey()
    .references(() => invoices.id),
  channel: text('channel', { enum: ['email', 'peppol'] }).notNull(),
  status: text('status', { enum: deliveryStatusValues }).notNull(),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  /** When the PDF + UBL went to the customer by e-mail (default mode; the Peppol send stays "to send"). */
  emailedAt: timestamp('emailed_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
