import { assertCents, type Cents } from './cents.ts';

/** Belgian standard VAT rate, in basis points (21.00% = 2100). */
export const BELGIAN_STANDARD_VAT_BASIS_POINTS = 2100;

/** A net amount with its VAT and the total to pay. */
export interface VatBreakdown {
  netCents: Cents;
  vatCents: Cents;
  grossCents: Cents;
  rateBasisPoints: number;
}

/**
 * Divides with rounding half-up on the absolute value ("commercial rounding", half away from
 * zero), so a credit note mirrors its invoice to the cent: 0.5 cent → 1 cent, −0.5 → −1.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (d * 2n);
  return negative ? -quotient : quotient;
}

/**
 * Computes the VAT on a net amount: VAT = net × rate, rounded half-up to the cent (one rounding,
 * on the total line, as Belgian invoicing practice allows); gross = net + VAT.
 * Example: €19.00 at 21% → VAT €3.99, gross €22.99.
 */
export function computeVat(
  netCents: Cents,
  rateBasisPoints = BELGIAN_STANDARD_VAT_BASIS_POINTS,
): VatBreakdown {
  assertCents(netCents, 'netCents');
  if (!Number.isInteger(rateBasisPoints) || rateBasisPoints < 0 || rateBasisPoints > 10_000) {
    throw new RangeError('rateBasisPoints must be an integer between 0 and 10000');
  }
  const vatCents = Number(divideRoundHalfUp(BigInt(netCents) * BigInt(rateBasisPoints), 10_000n));
  return { netCents, vatCents, grossCents: netCents + vatCents, rateBasisPoints };
}
