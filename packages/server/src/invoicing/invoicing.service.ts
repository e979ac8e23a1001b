import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TAdminInvoice, TInvoiceSummary } from '@vigilo/domain/contracts/invoicing.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { periodContaining, subtotalsOf } from '@vigilo/domain/invoicing/index.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { renderInvoicePdf } from './invoice-pdf.ts';
import {
  creditedLineIds,
  findInvoice,
  findLines,
  listIssuedBetween,
  listOrganisationInvoices,
  type TDeliveryRow,
  type TInvoiceRow,
} from './invoicing.repository.ts';
import { queuePeriodRun } from './invoicing-job.ts';

/** Invoices are the organisation's accounting documents: its managers and AML officers see them. */
export function assertCanSeeInvoices(actor: TActor): void {
  if (!(actor.isManager || actor.toolRole === 'officer')) throw new AppError('forbidden');
}

function summary(invoice: TInvoiceRow, delivery: TDeliveryRow | null): TInvoiceSummary {
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number,
    issueDate: invoice.issueDate,
    periodKey: invoice.periodKey,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    creditedInvoiceId: invoice.creditedInvoiceId,
    netCents: invoice.netCents,
    vatCents: invoice.vatCents,
    grossCents: invoice.grossCents,
    payableCents: invoice.payableCents,
    rulesChecked: invoice.rulesChecked,
    delivery: {
      channel: delivery?.channel ?? 'email',
      status: delivery?.status ?? 'to_send',
      lastError: delivery?.lastError ?? null,
    },
  };
}

export async function listInvoices(ctx: TAppContext, actor: TActor): Promise<TInvoiceSummary[]> {
  assertCanSeeInvoices(actor);
  const rows = await listOrganisationInvoices(ctx.db, actor.organisationId);
  return rows.map((r) => summary(r.invoice, r.delivery));
}

export type TInvoiceFile = { filename: string; contentType: string; body: Buffer | string };

/** The UBL as issued, or its PDF copy in the reader's language. */
export async function invoiceFile(
  ctx: TAppContext,
  invoice: TInvoiceRow,
  format: 'pdf' | 'ubl',
  lang: TLanguage,
): Promise<TInvoiceFile> {
  if (format === 'ubl')
    return {
      filename: `${invoice.number}.xml`,
      contentType: 'application/xml; charset=utf-8',
      body: invoice.ublXml,
    };
  const credited = invoice.creditedInvoiceId ? await findInvoice(ctx.db, invoice.creditedInvoiceId) : null;
  const body = await renderInvoicePdf({
    lang,
    invoice,
    lines: await findLines(ctx.db, invoice.id),
    credited: credited ? { number: credited.number, issueDate: credited.issueDate } : null,
    payeeIban: ctx.config.payments.operatorIban,
  });
  return { filename: `${invoice.number}-${lang}.pdf`, contentType: 'application/pdf', body };
}

export async function organisationInvoiceFile(
  ctx: TAppContext,
  actor: TActor,
  invoiceId: string,
  format: 'pdf' | 'ubl',
  lang: TLanguage,
): Promise<TInvoiceFile> {
  assertCanSeeInvoices(actor);
  const invoice = await findInvoice(ctx.db, invoiceId);
  if (!invoice || invoice.organisationId !== actor.organisationId) throw new AppError('not_found');
  return invoiceFile(ctx, invoice, format, lang);
}

export async function adminInvoiceFile(
  ctx: TAppContext,
  invoiceId: string,
  format: 'pdf' | 'ubl',
  lang: TLanguage,
) {
  const invoice = await findInvoice(ctx.db, invoiceId);
  if (!invoice) throw new AppError('not_found');
  return invoiceFile(ctx, invoice, format, lang);
}

function adminRow(invoice: TInvoiceRow, delivery: TDeliveryRow | null): TAdminInvoice {
  return {
    ...summary(invoice, delivery),
    organisationId: invoice.organisationId,
    organisationName: invoice.customer.name,
  };
}

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 7);
};

/** The operator's view of one issue month: documents, organisations billed, VAT per rate, failures. */
export async function adminMonth(ctx: TAppContext, month: string) {
  const rows = await listIssuedBetween(ctx.db, `${month}-01`, `${nextMonth(month)}-01`);
  const documents = rows.map((r) => adminRow(r.invoice, r.delivery));
  const signed = rows.flatMap(({ invoice }) =>
    invoice.vatSubtotals.map((s) => {
      const sign = invoice.kind === 'invoice' ? 1 : -1;
      return {
        vatRateBasisPoints: s.vatRateBasisPoints,
        netCents: sign * s.taxableCents,
        vatCents: sign * s.vatCents,
      };
    }),
  );
  return {
    month,
    documents,
    organisationsBilled: new Set(
      rows.filter((r) => r.invoice.kind === 'invoice').map((r) => r.invoice.organisationId),
    ).size,
    vatTotals: subtotalsOf(signed),
    // Peppol refusals, and e-mails that could not be sent (those stay "to send" with the reason).
    failures: documents.filter((d) => d.delivery.status === 'failed' || d.delivery.lastError !== null),
  };
}

/** One line per document for the operator's accountant (amounts in euros, dot decimals). */
export async function adminMonthCsv(ctx: TAppContext, month: string): Promise<string> {
  const rows = await listIssuedBetween(ctx.db, `${month}-01`, `${nextMonth(month)}-01`);
  const euros = (cents: number) => (cents / 100).toFixed(2);
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const header = [
    'number',
    'type',
    'issue_date',
    'period',
    'customer',
    'enterprise_number',
    'vat_number',
    'vat_rate',
    'taxable',
    'vat',
    'total_incl_vat',
  ];
  const lines = rows.flatMap(({ invoice }) =>
    invoice.vatSubtotals.map((s) =>
      [
        invoice.number,
        invoice.kind,
        invoice.issueDate,
        invoice.periodKey ?? '',
        quote(invoice.customer.name),
        invoice.customer.enterpriseNumber,
        invoice.customer.vatNumber ?? '',
        String(s.vatRateBasisPoints / 100),
        euros(s.taxableCents),
        euros(s.vatCents),
        euros(s.taxableCents + s.vatCents),
      ].join(','),
    ),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

export async function adminInvoiceDetail(ctx: TAppContext, invoiceId: string) {
  const invoice = await findInvoice(ctx.db, invoiceId);
  if (!invoice) throw new AppError('not_found');
  const lines = await findLines(ctx.db, invoice.id);
  const credited = await creditedLineIds(
    ctx.db,
    lines.map((l) => l.id),
  );
  const [row] = (await listIssuedBetween(ctx.db, invoice.issueDate, '9999-12-31')).filter(
    (r) => r.invoice.id === invoice.id,
  );
  return {
    ...adminRow(invoice, row?.delivery ?? null),
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.lineNo,
      product: l.product,
      priceListVersion: l.priceListVersion,
      vatRateBasisPoints: l.vatRateBasisPoints,
      quantity: l.quantity,
      unitNetCents: l.unitNetCents,
      netCents: l.netCents,
      vatCents: l.vatCents,
      credited: credited.has(l.id),
    })),
  };
}

/** Queues the issue of a finished period's invoices (the daily job does it on its own; this is the operator's button). */
export async function runPeriod(ctx: TAppContext, day: string, issuedBy: string, now = new Date()) {
  const period = periodContaining(day, ctx.config.invoicing.cadence);
  if (period.end > brusselsDay(now))
    throw new AppError('validation_failed', { fields: [{ field: 'day', code: 'invalid' }] });
  await queuePeriodRun(ctx.db, day, issuedBy);
  return { periodKey: period.key, queued: true as const };
}
