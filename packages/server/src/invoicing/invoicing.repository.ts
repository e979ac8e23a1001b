import type { TLedgerMovement } from '@vigilo/domain/invoicing/index.ts';
import { and, asc, desc, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { movementsBefore, organisationsWithMovementsBefore } from '../wallet/movements-to-invoice.ts';
import {
  invoiceCounters,
  invoiceDeliveries,
  invoicedMovements,
  invoiceLines,
  invoices,
} from './invoicing.schema.ts';

export type TInvoiceRow = typeof invoices.$inferSelect;
export type TInvoiceLineRow = typeof invoiceLines.$inferSelect;
export type TDeliveryRow = typeof invoiceDeliveries.$inferSelect;

const operatorSeries = 'default';

/** Serialises the issuing of one organisation's documents across connections and instances. */
export async function lockOrganisationInvoicing(tx: TTx, organisationId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invoicing:${organisationId}`}))`);
}

/**
 * The next number of the operator's series, inside the issuing transaction. Take it last, after every
 * other lock: the counter row stays locked until commit, so it must not wait on anything else.
 */
export async function takeNextSequence(tx: TTx): Promise<number> {
  const [row] = await tx
    .insert(invoiceCounters)
    .values({ series: operatorSeries, lastNumber: 1 })
    .onConflictDoUpdate({
      target: invoiceCounters.series,
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: invoiceCounters.lastNumber });
  return row!.lastNumber;
}

/** A movement no document accounts for yet (an anti-join on the links, given the movement's id). */
function notInvoiced(movementId: SQLWrapper): SQL {
  return sql`not exists (select 1 from ${invoicedMovements} where ${invoicedMovements.movementId} = ${movementId})`;
}

/** Organisations with a movement before `before` that no document accounts for yet. */
export async function organisationsWithUninvoicedMovements(db: TDbOrTx, before: Date): Promise<string[]> {
  return organisationsWithMovementsBefore(db, before, notInvoiced);
}

/** The organisation's movements before `before` that no document accounts for yet. */
export async function uninvoicedMovements(
  db: TDbOrTx,
  organisationId: string,
  before: Date,
): Promise<TLedgerMovement[]> {
  return movementsBefore(db, organisationId, before, notInvoiced);
}

export async function findInvoiceForPeriod(db: TDbOrTx, organisationId: string, periodKey: string) {
  const [row] = await db
    .select()
    .from(invoices)
    .where(and(eq(invoices.organisationId, organisationId), eq(invoices.periodKey, periodKey)));
  return row ?? null;
}

export type TNewDocument = {
  invoice: typeof invoices.$inferInsert;
  lines: (Omit<typeof invoiceLines.$inferInsert, 'invoiceId'> & { movementIds: string[] })[];
  paymentMovementIds: string[];
  /** `credit`: a credit note's lines link the wallet adjustments that gave the money back. */
  lineRole: 'supply' | 'credit';
  delivery: Pick<typeof invoiceDeliveries.$inferInsert, 'channel' | 'status'>;
};

/** Writes one issued document with its lines, its movement links and its delivery state. */
export async function insertDocument(tx: TTx, input: TNewDocument): Promise<TInvoiceRow> {
  const [invoice] = await tx.insert(invoices).values(input.invoice).returning();
  const links: (typeof invoicedMovements.$inferInsert)[] = [];
  for (const { movementIds, ...line } of input.lines) {
    const [row] = await tx
      .insert(invoiceLines)
      .values({ ...line, invoiceId: invoice!.id })
      .returning({ id: invoiceLines.id });
    for (const movementId of movementIds)
      links.push({ movementId, invoiceId: invoice!.id, lineId: row!.id, role: input.lineRole });
  }
  for (const movementId of input.paymentMovementIds)
    links.push({ movementId, invoiceId: invoice!.id, role: 'payment' });
  // The movement is the primary key: a movement another document already accounts for fails the insert.
  if (links.length) await tx.insert(invoicedMovements).values(links);
  await tx.insert(invoiceDeliveries).values({ ...input.delivery, invoiceId: invoice!.id });
  return invoice!;
}

export async function listOrganisationInvoices(db: TDbOrTx, organisationId: string) {
  return db
    .select({ invoice: invoices, delivery: invoiceDeliveries })
    .from(invoices)
    .leftJoin(invoiceDeliveries, eq(invoiceDeliveries.invoiceId, invoices.id))
    .where(eq(invoices.organisationId, organisationId))
    .orderBy(desc(invoices.sequence));
}

export async function findInvoice(db: TDbOrTx, invoiceId: string) {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, invoiceId));
  return row ?? null;
}

export async function findInvoiceOrganisation(db: TDbOrTx, invoiceId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: invoices.organisationId })
    .from(invoices)
    .where(eq(invoices.id, invoiceId));
  return row?.organisationId ?? null;
}

export async function findLines(db: TDbOrTx, invoiceId: string): Promise<TInvoiceLineRow[]> {
  return db
    .select()
    .from(invoiceLines)
    .where(eq(invoiceLines.invoiceId, invoiceId))
    .orderBy(invoiceLines.lineNo);
}

/** Ids of the lines of an invoice that a credit note already reverses. */
export async function creditedLineIds(db: TDbOrTx, lineIds: string[]): Promise<Set<string>> {
  if (lineIds.length === 0) return new Set();
  const rows = await db
    .select({ id: invoiceLines.creditedLineId })
    .from(invoiceLines)
    .where(inArray(invoiceLines.creditedLineId, lineIds));
  return new Set(rows.map((r) => r.id).filter((id): id is string => id !== null));
}

/** Every document issued in a date range (issue dates, inclusive start, exclusive end) with its customer. */
export async function listIssuedBetween(db: TDbOrTx, from: string, to: string) {
  return db
    .select({ invoice: invoices, delivery: invoiceDeliveries })
    .from(invoices)
    .leftJoin(invoiceDeliveries, eq(invoiceDeliveries.invoiceId, invoices.id))
    .where(and(sql`${invoices.issueDate} >= ${from}`, sql`${invoices.issueDate} < ${to}`))
    .orderBy(asc(invoices.sequence));
}

export async function allSequences(db: TDbOrTx): Promise<number[]> {
  const rows = await db.select({ sequence: invoices.sequence }).from(invoices);
  return rows.map((r) => r.sequence);
}
