import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { formatParticipant } from '@vigilo/domain/invoicing/index.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import { and, eq, isNull, ne } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { TAppContext } from '../context.ts';
import { translator } from '../i18n/i18n.ts';
import { activeManagers } from '../organisations/active-members.ts';
import { invoiceDeliveries, invoices } from './invoicing.schema.ts';
import { invoiceFile } from './invoicing.service.ts';
import { httpAccessPoint, type TPeppolAccessPoint } from './peppol/access-point.ts';

export type TDeliveryReport = { sent: number; failed: number };

/**
 * Submits every Peppol document still "to send" (or failed, to retry) to the access point. Each outcome
 * is written on its own delivery row: one refused document does not hold the others back, and the
 * operator view lists the failures with the access point's reason. E-mail deliveries are left "to send".
 */
export async function deliverPendingInvoices(
  ctx: TAppContext,
  accessPoint: TPeppolAccessPoint | null = ctx.config.invoicing.peppolAccessPoint
    ? httpAccessPoint(ctx.config.invoicing.peppolAccessPoint)
    : null,
): Promise<TDeliveryReport> {
  const report: TDeliveryReport = { sent: 0, failed: 0 };
  if (!accessPoint) return report;
  const pending = await ctx.db
    .select({ invoice: invoices, delivery: invoiceDeliveries })
    .from(invoiceDeliveries)
    .innerJoin(invoices, eq(invoices.id, invoiceDeliveries.invoiceId))
    .where(and(eq(invoiceDeliveries.channel, 'peppol'), ne(invoiceDeliveries.status, 'sent')))
    .orderBy(invoices.sequence);
  for (const { invoice, delivery } of pending) {
    // Claimed by bumping the attempt counter it was read with: another instance running the same pass
    // finds the counter moved and leaves the document alone, so it is submitted once.
    const [claimed] = await ctx.db
      .update(invoiceDeliveries)
      .set({ attempts: delivery.attempts + 1, updatedAt: new Date() })
      .where(
        and(
          eq(invoiceDeliveries.invoiceId, invoice.id),
          eq(invoiceDeliveries.attempts, delivery.attempts),
          ne(invoiceDeliveries.status, 'sent'),
        ),
      )
      .returning({ invoiceId: invoiceDeliveries.invoiceId });
    if (!claimed) continue;
    const mark = (status: 'sent' | 'failed', lastError: string | null) =>
      ctx.db
        .update(invoiceDeliveries)
        .set({ status, lastError, updatedAt: new Date() })
        .where(eq(invoiceDeliveries.invoiceId, invoice.id));
    if (!invoice.customer.participant || !invoice.supplier.participant) {
      await mark('failed', 'no Peppol participant identifier');
      report.failed += 1;
      continue;
    }
    try {
      await accessPoint.submit({
        receiver: formatParticipant(invoice.customer.participant),
        sender: formatParticipant(invoice.supplier.participant),
        documentNumber: invoice.number,
        kind: invoice.kind,
        ubl: invoice.ublXml,
      });
      await mark('sent', null);
      report.sent += 1;
    } catch (error) {
      await mark('failed', error instanceof Error ? error.message : String(error));
      report.failed += 1;
    }
  }
  return report;
}

/**
 * Default mode (issue 24): each issued document is e-mailed once, PDF + UBL attached, to the
 * organisation's e-mail as snapshotted, else to its active managers, in the first manager's language.
 * The delivery stays "to send": e-mail is a courtesy copy, Peppol remains the legal channel. Without SMTP
 * nothing is sent and the documents wait.
 */
export async function emailPendingInvoices(ctx: TAppContext): Promise<number> {
  if (!ctx.config.smtpUrl) return 0;
  const transport = nodemailer.createTransport(ctx.config.smtpUrl);
  const pending = await ctx.db
    .select({ invoice: invoices, delivery: invoiceDeliveries })
    .from(invoiceDeliveries)
    .innerJoin(invoices, eq(invoices.id, invoiceDeliveries.invoiceId))
    .where(and(eq(invoiceDeliveries.channel, 'email'), isNull(invoiceDeliveries.emailedAt)))
    .orderBy(invoices.sequence);
  let sent = 0;
  for (const { invoice, delivery } of pending) {
    const [claimed] = await ctx.db
      .update(invoiceDeliveries)
      .set({ attempts: delivery.attempts + 1, updatedAt: new Date() })
      .where(
        and(eq(invoiceDeliveries.invoiceId, invoice.id), eq(invoiceDeliveries.attempts, delivery.attempts)),
      )
      .returning({ invoiceId: invoiceDeliveries.invoiceId });
    if (!claimed) continue;
    const managers = await activeManagers(ctx.db, invoice.organisationId);
    const recipients = invoice.customer.email ? [invoice.customer.email] : managers.map((m) => m.email);
    const lang = (managers[0]?.language ?? 'fr') as TLanguage;
    const note = (lastError: string | null, emailedAt: Date | null) =>
      ctx.db
        .update(invoiceDeliveries)
        .set({ lastError, emailedAt, updatedAt: new Date() })
        .where(eq(invoiceDeliveries.invoiceId, invoice.id));
    if (recipients.length === 0) {
      await note('no e-mail address for the organisation', null);
      continue;
    }
    const t = translator(lang);
    const vars = {
      kind: t(`invoicing:kind.${invoice.kind}`),
      number: invoice.number,
      operator: invoice.supplier.name,
      organisation: invoice.customer.name,
      date: invoice.issueDate,
      total: formatMoney(invoice.grossCents, `${lang}-BE`),
    };
    try {
      const pdf = await invoiceFile(ctx, invoice, 'pdf', lang);
      const ubl = await invoiceFile(ctx, invoice, 'ubl', lang);
      await transport.sendMail({
        from: ctx.config.mailFrom,
        to: recipients,
        subject: t('invoicing:mail.subject', vars),
        text: t('invoicing:mail.body', vars),
        attachments: [pdf, ubl].map((file) => ({
          filename: file.filename,
          content: file.body,
          contentType: file.contentType,
        })),
      });
      await note(null, new Date());
      sent += 1;
    } catch (error) {
      await note(error instanceof Error ? error.message : String(error), null);
    }
  }
  return sent;
}
