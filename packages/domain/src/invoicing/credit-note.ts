import {
  subtotalsOf,
  type TInvoiceLine,
  type TInvoiceTotals,
  type TVatSubtotal,
} from './invoice-computation.ts';

/**
 * A correction of an issued invoice is a credit note that refers to it; the invoice itself never
 * changes (Belgian VAT Code art. 53 and Royal Decree no. 1 art. 5: invoice content; corrections by
 * credit note). A credit note reverses whole lines here: it credits their net and VAT back.
 */
export type TCreditableLine = Pick<
  TInvoiceLine,
  | 'lineNo'
  | 'product'
  | 'priceListVersion'
  | 'vatRateBasisPoints'
  | 'quantity'
  | 'unitNetCents'
  | 'netCents'
  | 'vatCents'
> & { id: string };

export type TCreditNoteLine = Omit<TCreditableLine, 'id'> & { creditedLineId: string };

export type TCreditNoteComputation = {
  lines: TCreditNoteLine[];
  vatSubtotals: TVatSubtotal[];
  totals: TInvoiceTotals;
};

export type TCreditNoteError = 'not-an-invoice' | 'no-lines' | 'unknown-line' | 'line-already-credited';

export type TCreditNoteResult =
  | { ok: true; creditNote: TCreditNoteComputation }
  | { ok: false; error: TCreditNoteError };

/**
 * The credit note reversing `lineIds` of an invoice. A line can be credited once: the refund already
 * went back to the wallet, a second credit would pay it twice.
 */
export function computeCreditNote(input: {
  documentKind: 'invoice' | 'credit_note';
  invoiceLines: readonly TCreditableLine[];
  alreadyCreditedLineIds: ReadonlySet<string>;
  lineIds: readonly string[];
}): TCreditNoteResult {
  if (input.documentKind !== 'invoice') return { ok: false, error: 'not-an-invoice' };
  const wanted = [...new Set(input.lineIds)];
  if (wanted.length === 0) return { ok: false, error: 'no-lines' };
  const byId = new Map(input.invoiceLines.map((line) => [line.id, line]));
  const chosen: TCreditableLine[] = [];
  for (const id of wanted) {
    const line = byId.get(id);
    if (!line) return { ok: false, error: 'unknown-line' };
    if (input.alreadyCreditedLineIds.has(id)) return { ok: false, error: 'line-already-credited' };
    chosen.push(line);
  }
  chosen.sort((a, b) => a.lineNo - b.lineNo);
  const lines = chosen.map(({ id, ...line }, index) => ({ ...line, lineNo: index + 1, creditedLineId: id }));
  const netCents = lines.reduce((s, l) => s + l.netCents, 0);
  const vatCents = lines.reduce((s, l) => s + l.vatCents, 0);
  return {
    ok: true,
    creditNote: {
      lines,
      vatSubtotals: subtotalsOf(lines),
      // The credited amount goes back to the wallet at once: settled, nothing left to pay out.
      totals: {
        netCents,
        vatCents,
        grossCents: netCents + vatCents,
        prepaidCents: netCents + vatCents,
        payableCents: 0,
      },
    },
  };
}
