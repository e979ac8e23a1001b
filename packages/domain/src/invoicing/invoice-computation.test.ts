import { describe, expect, it } from 'vitest';
import { computeInvoice, type TLedgerMovement } from './invoice-computation.ts';

let seq = 0;
function movement(partial: Partial<TLedgerMovement> & Pick<TLedgerMovement, 'kind'>): TLedgerMovement {
  seq += 1;
  const net = partial.amountExclVatCents ?? 0;
  const vat = partial.vatCents ?? 0;
  return {
    id: `m${String(seq).padStart(3, '0')}`,
    product: 'transaction_vigilance',
    amountExclVatCents: net,
    vatCents: vat,
    amountInclVatCents: net + vat,
    vatRateBasisPoints: 2100,
    priceListVersion: 1,
    createdAt: new Date(Date.UTC(2026, 10, seq)),
    ...partial,
  };
}

const vigilance = (version = 1, net = 1900, vat = 399) =>
  movement({ kind: 'debit', amountExclVatCents: -net, vatCents: -vat, priceListVersion: version });

describe('computeInvoice', () => {
  it('groups calculations and subscriptions per price-list version and rate, with VAT per rate to the cent', () => {
    const result = computeInvoice([
      movement({ kind: 'topup', amountExclVatCents: 100_000, vatRateBasisPoints: 0, priceListVersion: null }),
      vigilance(),
      vigilance(),
      vigilance(2, 2000, 420),
      movement({
        kind: 'subscription_purchase',
        product: 'subscription_bronze',
        amountExclVatCents: -22_400,
        vatCents: -4704,
      }),
    ]);
    expect(result.kind).toBe('invoice');
    if (result.kind !== 'invoice') return;
    const { invoice } = result;
    expect(
      invoice.lines.map((l) => [
        l.product,
        l.priceListVersion,
        l.quantity,
        l.unitNetCents,
        l.netCents,
        l.vatCents,
      ]),
    ).toEqual([
      ['transaction_vigilance', 1, 2, 1900, 3800, 798],
      ['transaction_vigilance', 2, 1, 2000, 2000, 420],
      ['subscription_bronze', 1, 1, 22_400, 22_400, 4704],
    ]);
    expect(invoice.vatSubtotals).toEqual([
      { vatRateBasisPoints: 2100, taxableCents: 28_200, vatCents: 5922 },
    ]);
    expect(invoice.totals).toEqual({
      netCents: 28_200,
      vatCents: 5922,
      grossCents: 34_122,
      prepaidCents: 34_122,
      payableCents: 0,
    });
    // The top-up is a payment received, never a taxable line.
    expect(invoice.paymentsReceivedCents).toBe(100_000);
    expect(invoice.lines.flatMap((l) => l.movementIds)).toHaveLength(4);
  });

  it('keeps one subtotal per VAT rate', () => {
    const result = computeInvoice([
      vigilance(),
      movement({ kind: 'debit', amountExclVatCents: -1000, vatCents: -60, vatRateBasisPoints: 600 }),
    ]);
    if (result.kind !== 'invoice') throw new Error('expected an invoice');
    expect(result.invoice.vatSubtotals).toEqual([
      { vatRateBasisPoints: 2100, taxableCents: 1900, vatCents: 399 },
      { vatRateBasisPoints: 600, taxableCents: 1000, vatCents: 60 },
    ]);
  });

  it('issues nothing for a period with top-ups only', () => {
    expect(
      computeInvoice([movement({ kind: 'topup', amountExclVatCents: 5000, vatRateBasisPoints: 0 })]),
    ).toEqual({
      kind: 'nothing-to-invoice',
    });
  });
});
