import { z } from 'zod';

/** Invoices and credit notes (issue 24) as the API shows them. */
export const ZInvoiceSummary = z.object({
  id: z.string(),
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string(),
  issueDate: z.string(),
  periodKey: z.string().nullable(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  creditedInvoiceId: z.string().nullable(),
  netCents: z.number().int(),
  vatCents: z.number().int(),
  grossCents: z.number().int(),
  payableCents: z.number().int(),
  rulesChecked: z.number().int(),
  delivery: z.object({
    channel: z.enum(['email', 'peppol']),
    status: z.enum(['to_send', 'sent', 'failed']),
    lastError: z.string().nullable(),
  }),
});
export type TInvoiceSummary = z.infer<typeof ZInvoiceSummary>;

export const ZInvoicesResponse = z.object({ invoices: z.array(ZInvoiceSummary) });
export const ZInvoiceIdParams = z.object({ invoiceId: z.uuid() });

export const ZInvoiceLine = z.object({
  id: z.string(),
  lineNo: z.number().int(),
  product: z.string(),
  priceListVersion: z.number().int().nullable(),
  vatRateBasisPoints: z.number().int(),
  quantity: z.number().int(),
  unitNetCents: z.number().int(),
  netCents: z.number().int(),
  vatCents: z.number().int(),
  credited: z.boolean(),
});

export const ZAdminInvoice = ZInvoiceSummary.extend({
  organisationId: z.string(),
  organisationName: z.string(),
});
export type TAdminInvoice = z.infer<typeof ZAdminInvoice>;

export const ZAdminInvoiceDetail = ZAdminInvoice.extend({ lines: z.array(ZInvoiceLine) });

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export const ZAdminInvoicesQuery = z.object({ month });

export const ZVatTotal = z.object({
  vatRateBasisPoints: z.number().int(),
  taxableCents: z.number().int(),
  vatCents: z.number().int(),
});

export const ZAdminInvoicesResponse = z.object({
  month: z.string(),
  documents: z.array(ZAdminInvoice),
  organisationsBilled: z.number().int(),
  /** Invoices minus credit notes, per VAT rate. */
  vatTotals: z.array(ZVatTotal),
  failures: z.array(ZAdminInvoice),
});

export const ZRunInvoicingRequest = z.object({
  /** Any day of the period to invoice; the period must be over. */
  day: z.iso.date(),
});
/** The run is queued as a job: the month view shows the documents once issued. */
export const ZRunInvoicingResponse = z.object({ periodKey: z.string(), queued: z.literal(true) });

export const ZCreditNoteRequest = z.object({ lineIds: z.array(z.uuid()).min(1).max(100) });
export const ZCreditNoteResponse = z.object({ id: z.string(), number: z.string() });
