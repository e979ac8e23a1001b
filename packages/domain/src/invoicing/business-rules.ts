import { parseEnterpriseNumber } from '../identifiers/enterprise-number.ts';
import type { TEInvoiceDocument } from './e-invoice.ts';
import { belgianEnterpriseScheme, vatCategoryOf } from './peppol.ts';

/**
 * The EN 16931 and Peppol BIS Billing 3.0 business rules that apply to what Vigilo issues, checked on
 * every document before it is stored (issue 24). Rule identifiers are the standard's, so a failure
 * names the rule an accountant or an access point would cite. This is not the official Schematron
 * (docs/DOMAIN.md says what remains); it covers the rules Vigilo's documents can break.
 */
type TRule = { id: string; holds: (doc: TEInvoiceDocument) => boolean };

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const filled = (value: string | null | undefined) => typeof value === 'string' && value.trim() !== '';
const isoDate = (value: string | null) => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isCountry = (value: string) => /^[A-Z]{2}$/.test(value);

/** EN 16931 BR-CO-17 with the Peppol tolerance of one currency unit (per-line rounding). */
function vatOfSubtotalHolds(taxableCents: number, rateBp: number, vatCents: number): boolean {
  const exact = Math.round((taxableCents * rateBp) / 10_000);
  return Math.abs(exact - vatCents) <= 100;
}

export const businessRules: readonly TRule[] = [
  { id: 'BR-02', holds: (d) => filled(d.number) },
  { id: 'BR-03', holds: (d) => isoDate(d.issueDate) },
  { id: 'BR-04', holds: (d) => d.kind === 'invoice' || d.kind === 'credit_note' },
  { id: 'BR-05', holds: (d) => d.currency === 'EUR' },
  { id: 'BR-06', holds: (d) => filled(d.seller.name) },
  { id: 'BR-07', holds: (d) => filled(d.buyer.name) },
  // BR-08 / BR-10: the postal address group is always written; its one mandatory part is the country.
  { id: 'BR-08', holds: (d) => filled(d.seller.country) },
  { id: 'BR-09', holds: (d) => isCountry(d.seller.country) },
  { id: 'BR-10', holds: (d) => filled(d.buyer.country) },
  { id: 'BR-11', holds: (d) => isCountry(d.buyer.country) },
  { id: 'BR-16', holds: (d) => d.lines.length > 0 },
  { id: 'BR-21', holds: (d) => new Set(d.lines.map((l) => l.lineNo)).size === d.lines.length },
  { id: 'BR-22', holds: (d) => d.lines.every((l) => Number.isInteger(l.quantity) && l.quantity !== 0) },
  { id: 'BR-25', holds: (d) => d.lines.every((l) => filled(l.itemName)) },
  { id: 'BR-27', holds: (d) => d.lines.every((l) => l.unitNetCents >= 0) },
  {
    id: 'BR-29',
    holds: (d) => d.periodStart === null || d.periodEnd === null || d.periodStart <= d.periodEnd,
  },
  { id: 'BR-55', holds: (d) => d.precedingInvoice === null || filled(d.precedingInvoice.number) },
  // Vigilo's own rule: a correction always names the invoice it corrects (the issue's requirement).
  { id: 'VIG-CN-01', holds: (d) => d.kind === 'invoice' || d.precedingInvoice !== null },
  { id: 'BR-61', holds: (d) => filled(d.payeeIban) },
  { id: 'BR-CO-10', holds: (d) => sum(d.lines.map((l) => l.netCents)) === d.totals.netCents },
  { id: 'BR-CO-13', holds: (d) => sum(d.vatSubtotals.map((s) => s.taxableCents)) === d.totals.netCents },
  { id: 'BR-CO-14', holds: (d) => sum(d.vatSubtotals.map((s) => s.vatCents)) === d.totals.vatCents },
  { id: 'BR-CO-15', holds: (d) => d.totals.grossCents === d.totals.netCents + d.totals.vatCents },
  { id: 'BR-CO-16', holds: (d) => d.totals.payableCents === d.totals.grossCents - d.totals.prepaidCents },
  {
    id: 'BR-CO-17',
    holds: (d) =>
      d.vatSubtotals.every((s) => vatOfSubtotalHolds(s.taxableCents, s.vatRateBasisPoints, s.vatCents)),
  },
  { id: 'BR-CO-18', holds: (d) => d.vatSubtotals.length > 0 },
  {
    id: 'BR-S-02',
    holds: (d) =>
      !d.lines.some((l) => vatCategoryOf(l.vatRateBasisPoints) === 'S') || filled(d.seller.vatNumber),
  },
  {
    id: 'BR-S-08',
    holds: (d) =>
      d.vatSubtotals.every(
        (s) =>
          s.taxableCents ===
          sum(d.lines.filter((l) => l.vatRateBasisPoints === s.vatRateBasisPoints).map((l) => l.netCents)),
      ),
  },
  {
    id: 'BR-Z-05',
    holds: (d) =>
      d.lines.every((l) => vatCategoryOf(l.vatRateBasisPoints) !== 'Z' || l.vatRateBasisPoints === 0),
  },
  { id: 'PEPPOL-EN16931-R010', holds: (d) => d.buyer.participant !== null },
  { id: 'PEPPOL-EN16931-R020', holds: (d) => d.seller.participant !== null },
  {
    id: 'PEPPOL-EN16931-R120',
    holds: (d) => d.lines.every((l) => l.netCents === l.quantity * l.unitNetCents),
  },
  {
    id: 'PEPPOL-COMMON-R043',
    holds: (d) =>
      [d.seller.participant, d.buyer.participant].every(
        (p) => p === null || (p.scheme === belgianEnterpriseScheme && parseEnterpriseNumber(p.id).ok),
      ),
  },
  {
    id: 'BR-CO-25',
    holds: (d) => d.totals.payableCents <= 0 || (isoDate(d.dueDate) && (d.dueDate ?? '') >= d.issueDate),
  },
];

export type TRuleCheck = { rulesChecked: number; failedRules: string[] };

/** Runs every rule; an empty `failedRules` means the document may be issued. */
export function checkBusinessRules(doc: TEInvoiceDocument): TRuleCheck {
  return {
    rulesChecked: businessRules.length,
    failedRules: businessRules.filter((rule) => !rule.holds(doc)).map((rule) => rule.id),
  };
}
