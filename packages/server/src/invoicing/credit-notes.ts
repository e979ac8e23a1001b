import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { computeCreditNote, formatInvoiceNumber } from '@vigilo/domain/invoicing/index.ts';
import { walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { appendMovement, lockWallet } from '../wallet/wallet-ledger.ts';
import {
  eInvoiceDocument,
  generateUbl,
  numberUbl,
  provisionalNumber,
  supplierParty,
} from './invoice-document.ts';
import {
  creditedLineIds,
  findInvoice,
  findLines,
  insertDocument,
  lockOrganisationInvoicing,
  type TInvoiceRow,
  takeNextSequence,
} from './invoicing.repository.ts';

/**
 * Corrects an issued invoice by a credit note reversing whole lines (issue 24). The invoice stays as it
 * was; the credited amount incl. VAT goes back to the wallet as an adjustment movement that the credit
 * note accounts for, so no later invoice can take it again. A platform administrator decides it.
 */
export async function issueCreditNote(
  ctx: TAppContext,
  input: { invoiceId: string; lineIds: string[]; issuedBy: string; ip: string | null; now?: Date },
): Promise<TInvoiceRow> {
  const now = input.now ?? new Date();
  const invoice = await findInvoice(ctx.db, input.invoiceId);
  if (!invoice) throw new AppError('not_found');
  return ctx.db.transaction(async (tx) => {
    const organisationId = invoice.organisationId;
    await lockOrganisationInvoicing(tx, organisationId);
    const lines = await findLines(tx, invoice.id);
    const result = computeCreditNote({
      documentKind: invoice.kind,
      invoiceLines: lines,
      alreadyCreditedLineIds: await creditedLineIds(
        tx,
        lines.map((l) => l.id),
      ),
      lineIds: input.lineIds,
    });
    if (!result.ok) throw new AppError('invoice_line_not_creditable', { reason: result.error });
    const { creditNote } = result;
    const wallet = await lockWallet(tx, organisationId);
    const creditLines = await returnToWallet(tx, invoice, creditNote.lines, input.issuedBy);
    await recordAudit(tx, {
      organisationId,
      actorUserId: input.issuedBy,
      ip: input.ip,
      action: 'invoicing.credit_note_issued',
      subjectType: 'invoice',
      subjectId: invoice.id,
      payload: {
        invoiceNumber: invoice.number,
        lineIds: input.lineIds,
        grossCents: creditNote.totals.grossCents,
      },
    });
    const draft = creditNoteDraft(ctx, invoice, creditNote, now);
    // Validated before the series' counter is locked (invoice-document.ts, provisionalNumber).
    const validated = await generateUbl(
      eInvoiceDocument({ ...draft, number: provisionalNumber, sequence: 0 }, creditLines, {
        paymentReference: walletStructuredCommunication(wallet.number).formatted,
        payeeIban: ctx.config.payments.operatorIban,
        precedingInvoice: { number: invoice.number, issueDate: invoice.issueDate },
      }),
    );
    const sequence = await takeNextSequence(tx);
    const number = formatInvoiceNumber(sequence);
    const ubl = numberUbl(validated, number);
    return insertDocument(tx, {
      invoice: {
        ...draft,
        sequence,
        number,
        organisationId,
        creditedInvoiceId: invoice.id,
        ublXml: ubl.xml,
        rulesChecked: ubl.rulesChecked,
        issuedBy: input.issuedBy,
      },
      lines: creditLines,
      paymentMovementIds: [],
      lineRole: 'credit',
      delivery: { channel: ctx.config.invoicing.peppolAccessPoint ? 'peppol' : 'email', status: 'to_send' },
    });
  });
}

type TCreditNote = Extract<ReturnType<typeof computeCreditNote>, { ok: true }>['creditNote'];

/** Each credited line's amount goes back to the wallet as an adjustment the credit note accounts for. */
async function returnToWallet(tx: TTx, invoice: TInvoiceRow, lines: TCreditNote['lines'], issuedBy: string) {
  const creditLines = [];
  for (const line of lines) {
    const movement = await appendMovement(tx, {
      organisationId: invoice.organisationId,
      kind: 'adjustment',
      product: line.product,
      amountExclVatCents: line.netCents,
      vatCents: line.vatCents,
      vatRateBasisPoints: line.vatRateBasisPoints,
      priceListVersion: line.priceListVersion,
      reference: invoice.number,
      subjectType: 'invoice',
      subjectId: invoice.id,
      userId: issuedBy,
      idempotencyKey: `credit-note:${line.creditedLineId}`,
    });
    creditLines.push({ ...line, movementIds: [movement.id] });
  }
  return creditLines;
}

function creditNoteDraft(ctx: TAppContext, invoice: TInvoiceRow, creditNote: TCreditNote, now: Date) {
  return {
    kind: 'credit_note' as const,
    issueDate: brusselsDay(now),
    periodKey: null,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    // The supplier as configured now; the customer as the credited invoice knew it.
    supplier: supplierParty(ctx.config),
    customer: invoice.customer,
    vatSubtotals: creditNote.vatSubtotals,
    paymentsReceived: [],
    ...creditNote.totals,
  };
}
