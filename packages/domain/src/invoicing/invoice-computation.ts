/**
 * What an invoice of a period contains, computed from the wallet ledger (issue 24).
 *
 * VAT treatment (docs/DOMAIN.md "Invoicing and VAT"): a vigilance calculation debited from the wallet
 * and a subscription purchase are supplies of services, taxed at the rate of the price-list version
 * they were charged at (Directive 2006/112/EC art. 63). A wallet top-up is a payment on account for
 * services not yet identified — it may buy calculations or any plan — so VAT is not chargeable on its
 * receipt (art. 65 read with CJEU C-419/02 BUPA Hospitals; Belgian VAT Code art. 22bis): it appears on
 * the invoice as a payment received, never as a taxable line.
 */

/** One wallet movement as the ledger holds it: signed cents, credits positive. */
export type TLedgerMovement = {
  id: string;
  kind: 'topup' | 'debit' | 'subscription_purchase' | 'adjustment';
  product: string;
  amountExclVatCents: number;
  vatCents: number;
  amountInclVatCents: number;
  vatRateBasisPoints: number;
  priceListVersion: number | null;
  createdAt: Date;
};

/** One invoice line: movements of one product at one unit price, price-list version and VAT rate. */
export type TInvoiceLine = {
  lineNo: number;
  product: string;
  priceListVersion: number | null;
  vatRateBasisPoints: number;
  quantity: number;
  unitNetCents: number;
  netCents: number;
  vatCents: number;
  movementIds: string[];
};

/** The VAT breakdown of one rate (EN 16931 BG-23). */
export type TVatSubtotal = { vatRateBasisPoints: number; taxableCents: number; vatCents: number };

/** A payment received in the period: a top-up, or a refund (negative) booked as an adjustment. */
export type TPaymentReceived = { movementId: string; amountCents: number; receivedAt: Date };

export type TInvoiceTotals = {
  netCents: number;
  vatCents: number;
  grossCents: number;
  /** What the wallet (the prepayments) already settled: every supply was paid from it when debited. */
  prepaidCents: number;
  payableCents: number;
};

export type TInvoiceComputation = {
  lines: TInvoiceLine[];
  vatSubtotals: TVatSubtotal[];
  paymentsReceived: TPaymentReceived[];
  paymentsReceivedCents: number;
  totals: TInvoiceTotals;
};

export type TInvoiceComputationResult =
  | { kind: 'invoice'; invoice: TInvoiceComputation }
  | { kind: 'nothing-to-invoice' };

/** A supply: money spent on a service. Adjustments without VAT move money, not services. */
export function isSupply(movement: TLedgerMovement): boolean {
  if (movement.kind === 'debit' || movement.kind === 'subscription_purchase') return true;
  return movement.kind === 'adjustment' && movement.vatCents !== 0;
}

/**
 * Groups the period's supplies into lines and VAT subtotals. Amounts are the ledger's own, to the cent:
 * the VAT of a rate is the sum of the VAT charged on each movement, so the invoice matches what was
 * debited (EN 16931 BR-CO-17 allows this per-line rounding difference). A period without supplies
 * issues nothing: its payments wait for the next invoice.
 */
export function computeInvoice(movements: readonly TLedgerMovement[]): TInvoiceComputationResult {
  const supplies = movements.filter(isSupply);
  if (supplies.length === 0) return { kind: 'nothing-to-invoice' };
  const lines = groupLines(supplies);
  const vatSubtotals = subtotalsOf(lines);
  const netCents = sum(lines.map((l) => l.netCents));
  const vatCents = sum(lines.map((l) => l.vatCents));
  const paymentsReceived = movements
    .filter((m) => !isSupply(m))
    .sort(byDateThenId)
    .map((m) => ({ movementId: m.id, amountCents: m.amountInclVatCents, receivedAt: m.createdAt }));
  return {
    kind: 'invoice',
    invoice: {
      lines,
      vatSubtotals,
      paymentsReceived,
      paymentsReceivedCents: sum(paymentsReceived.map((p) => p.amountCents)),
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

function groupLines(supplies: readonly TLedgerMovement[]): TInvoiceLine[] {
  const groups = new Map<string, TLedgerMovement[]>();
  for (const movement of [...supplies].sort(byDateThenId)) {
    // The ledger stores spending as negative amounts; on the invoice a supply is positive.
    const unit = -movement.amountExclVatCents;
    const key = [movement.product, movement.priceListVersion, movement.vatRateBasisPoints, unit].join('|');
    groups.set(key, [...(groups.get(key) ?? []), movement]);
  }
  return [...groups.values()].map((group, index) => {
    const first = group[0]!;
    return {
      lineNo: index + 1,
      product: first.product,
      priceListVersion: first.priceListVersion,
      vatRateBasisPoints: first.vatRateBasisPoints,
      quantity: group.length,
      unitNetCents: -first.amountExclVatCents,
      netCents: -sum(group.map((m) => m.amountExclVatCents)),
      vatCents: -sum(group.map((m) => m.vatCents)),
      movementIds: group.map((m) => m.id),
    };
  });
}

/** One subtotal per VAT rate, highest rate first. */
export function subtotalsOf(
  lines: readonly Pick<TInvoiceLine, 'vatRateBasisPoints' | 'netCents' | 'vatCents'>[],
): TVatSubtotal[] {
  const byRate = new Map<number, TVatSubtotal>();
  for (const line of lines) {
    const subtotal = byRate.get(line.vatRateBasisPoints) ?? {
      vatRateBasisPoints: line.vatRateBasisPoints,
      taxableCents: 0,
      vatCents: 0,
    };
    subtotal.taxableCents += line.netCents;
    subtotal.vatCents += line.vatCents;
    byRate.set(line.vatRateBasisPoints, subtotal);
  }
  return [...byRate.values()].sort((a, b) => b.vatRateBasisPoints - a.vatRateBasisPoints);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const byDateThenId = (a: TLedgerMovement, b: TLedgerMovement) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
