import { randomUUID } from 'node:crypto';
import {
  computeInvoice,
  formatInvoiceNumber,
  lastDayOf,
  type TInvoicePeriod,
} from '@vigilo/domain/invoicing/index.ts';
import { walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { brusselsStartOfDay } from '../wallet/brussels-day.ts';
import { ensureWallet } from '../wallet/wallet-ledger.ts';
import {
  customerSnapshot,
  eInvoiceDocument,
  generateUbl,
  numberUbl,
  provisionalNumber,
  supplierParty,
} from './invoice-document.ts';
import {
  findInvoiceForPeriod,
  insertDocument,
  lockOrganisationInvoicing,
  organisationsWithUninvoicedMovements,
  type TInvoiceRow,
  takeNextSequence,
  uninvoicedMovements,
} from './invoicing.repository.ts';

export type TIssueOutcome =
  | { kind: 'issued'; invoice: TInvoiceRow }
  | { kind: 'already-issued'; invoice: TInvoiceRow }
  | { kind: 'nothing-to-invoice' };

/**
 * Issues one organisation's invoice for a period, in one transaction: the period's supplies (and any
 * earlier movement no invoice accounts for yet), its payments received, a customer snapshot, the next
 * number of the series, the UBL, the audit record. Running it again — here or on another instance —
 * finds the invoice of the period and issues nothing more.
 */
export async function issueInvoiceForOrganisation(
  ctx: TAppContext,
  organisationId: string,
  period: TInvoicePeriod,
  options: { now?: Date; issuedBy?: string | null } = {},
): Promise<TIssueOutcome> {
  const now = options.now ?? new Date();
  return ctx.db.transaction(async (tx) => {
    await lockOrganisationInvoicing(tx, organisationId);
    const existing = await findInvoiceForPeriod(tx, organisationId, period.key);
    if (existing) return { kind: 'already-issued', invoice: existing };
    const movements = await uninvoicedMovements(tx, organisationId, brusselsStartOfDay(period.end));
    const computed = computeInvoice(movements);
    if (computed.kind === 'nothing-to-invoice') return { kind: 'nothing-to-invoice' };
    const organisation = await findOrganisationById(tx, organisationId);
    if (!organisation) return { kind: 'nothing-to-invoice' };
    const wallet = await ensureWallet(tx, organisationId);
    const { invoice } = computed;
    const earliest = brusselsDay(movements[0]!.createdAt);

    const draft = {
      // Known before the insert so the audit record names the invoice it is about.
      id: randomUUID(),
      kind: 'invoice' as const,
      issueDate: brusselsDay(now),
      periodKey: period.key,
      periodStart: [earliest, period.start].sort()[0]!,
      periodEnd: lastDayOf(period),
      supplier: supplierParty(ctx.config),
      customer: customerSnapshot(organisation),
      vatSubtotals: invoice.vatSubtotals,
      paymentsReceived: invoice.paymentsReceived.map((p) => ({
        ...p,
        receivedAt: p.receivedAt.toISOString(),
      })),
      ...invoice.totals,
    };
    const lines = invoice.lines.map(({ movementIds, ...line }) => ({ ...line, movementIds }));
    // Validated before the series' counter is locked (invoice-document.ts, provisionalNumber).
    const validated = await generateUbl(
      eInvoiceDocument({ ...draft, number: provisionalNumber, sequence: 0 }, lines, {
        paymentReference: walletStructuredCommunication(wallet.number).formatted,
        payeeIban: ctx.config.payments.operatorIban,
        precedingInvoice: null,
      }),
    );
    await recordAudit(tx, {
      organisationId,
      actorUserId: options.issuedBy ?? null,
      action: 'invoicing.invoice_issued',
      subjectType: 'invoice',
      subjectId: draft.id,
      payload: { periodKey: period.key, grossCents: invoice.totals.grossCents, lines: lines.length },
    });
    // Last: the counter row stays locked until commit (invoicing.repository.ts, takeNextSequence).
    const sequence = await takeNextSequence(tx);
    const number = formatInvoiceNumber(sequence);
    const ubl = numberUbl(validated, number);
    const row = await insertDocument(tx, {
      invoice: {
        ...draft,
        organisationId,
        sequence,
        number,
        ublXml: ubl.xml,
        rulesChecked: ubl.rulesChecked,
        issuedBy: options.issuedBy ?? null,
      },
      lines,
      paymentMovementIds: invoice.paymentsReceived.map((p) => p.movementId),
      lineRole: 'supply',
      delivery: { channel: ctx.config.invoicing.peppolAccessPoint ? 'peppol' : 'email', status: 'to_send' },
    });
    return { kind: 'issued', invoice: row };
  });
}

export type TPeriodRunReport = {
  periodKey: string;
  issued: number;
  alreadyIssued: number;
  failures: { organisationId: string; error: string }[];
};

/**
 * Issues every organisation's invoice of a period. One organisation failing (a business rule the
 * configuration breaks) is reported and does not stop the others; the next run retries it.
 */
export async function issuePeriodInvoices(
  ctx: TAppContext,
  period: TInvoicePeriod,
  options: { now?: Date; issuedBy?: string | null } = {},
): Promise<TPeriodRunReport> {
  const report: TPeriodRunReport = { periodKey: period.key, issued: 0, alreadyIssued: 0, failures: [] };
  for (const organisationId of await organisationsWithUninvoicedMovements(
    ctx.db,
    brusselsStartOfDay(period.end),
  )) {
    try {
      const outcome = await issueInvoiceForOrganisation(ctx, organisationId, period, options);
      if (outcome.kind === 'issued') report.issued += 1;
      if (outcome.kind === 'already-issued') report.alreadyIssued += 1;
    } catch (error) {
      report.failures.push({ organisationId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
