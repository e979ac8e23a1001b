/**
 * Invoices and credit notes share one continuous series per operator, without gaps (Royal Decree no. 1
 * on VAT, art. 5 §1: a sequential number in one or more series). The number is taken from a counter row
 * inside the issuing transaction, so a rolled-back issue gives its number back.
 */
export const invoiceNumberPrefix = 'VIG';

/** `VIG-000042`: the series prefix and the sequence, zero-padded so numbers sort as text too. */
export function formatInvoiceNumber(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError('sequence must be a positive integer');
  return `${invoiceNumberPrefix}-${String(sequence).padStart(6, '0')}`;
}

/** The numbers missing from a set of issued sequences (1…max): must always be empty. */
export function gapsIn(sequences: readonly number[]): number[] {
  const seen = new Set(sequences);
  const max = Math.max(0, ...sequences);
  const gaps: number[] = [];
  for (let n = 1; n <= max; n += 1) if (!seen.has(n)) gaps.push(n);
  return gaps;
}
