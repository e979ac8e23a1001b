import { describe, expect, it } from 'vitest';
import { computeCreditNote, type TCreditableLine } from './credit-note.ts';

const lines: TCreditableLine[] = [
  {
    id: 'a',
    lineNo: 1,
    product: 'transaction_vigilance',
    priceListVersion: 1,
    vatRateBasisPoints: 2100,
    quantity: 2,
    unitNetCents: 1900,
    netCents: 3800,
    vatCents: 798,
  },
  {
    id: 'b',
    lineNo: 2,
    product: 'subscription_gold',
    priceListVersion: 1,
    vatRateBasisPoints: 2100,
    quantity: 1,
    unitNetCents: 66_500,
    netCents: 66_500,
    vatCents: 13_965,
  },
];

describe('computeCreditNote', () => {
  it('reverses a whole line, with its VAT', () => {
    const result = computeCreditNote({
      documentKind: 'invoice',
      invoiceLines: lines,
      alreadyCreditedLineIds: new Set(),
      lineIds: ['b'],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.creditNote.lines).toEqual(
      [{ ...lines[1], id: undefined, lineNo: 1, creditedLineId: 'b' }].map(({ id: _id, ...l }) => l),
    );
    expect(result.creditNote.totals).toEqual({
      netCents: 66_500,
      vatCents: 13_965,
      grossCents: 80_465,
      prepaidCents: 80_465,
      payableCents: 0,
    });
  });

  it('refuses to credit a line twice, an unknown line, nothing, or a credit note', () => {
    const base = {
      documentKind: 'invoice' as const,
      invoiceLines: lines,
      alreadyCreditedLineIds: new Set(['a']),
    };
    expect(computeCreditNote({ ...base, lineIds: ['a'] })).toEqual({
      ok: false,
      error: 'line-already-credited',
    });
    expect(computeCreditNote({ ...base, lineIds: ['z'] })).toEqual({ ok: false, error: 'unknown-line' });
    expect(computeCreditNote({ ...base, lineIds: [] })).toEqual({ ok: false, error: 'no-lines' });
    expect(computeCreditNote({ ...base, documentKind: 'credit_note', lineIds: ['b'] })).toEqual({
      ok: false,
      error: 'not-an-invoice',
    });
  });
});
