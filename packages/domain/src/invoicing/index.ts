export { businessRules, checkBusinessRules, type TRuleCheck } from './business-rules.ts';
export * from './credit-note.ts';
export type { TEInvoiceDocument, TEInvoiceLine, TInvoiceParty } from './e-invoice.ts';
export * from './invoice-computation.ts';
export * from './invoice-period.ts';
export * from './numbering.ts';
export * from './peppol.ts';
