import type { TInvoiceTotals, TVatSubtotal } from './invoice-computation.ts';
import type { documentTypeCodes, TPeppolParticipant } from './peppol.ts';

/** A party as printed on the invoice: the operator from configuration, the customer as snapshotted. */
export type TInvoiceParty = {
  name: string;
  /** `BE0123456749`; mandatory for the seller of standard-rated supplies (BR-S-02). */
  vatNumber: string | null;
  enterpriseNumber: string;
  street: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  email: string | null;
  participant: TPeppolParticipant | null;
};

export type TEInvoiceLine = {
  lineNo: number;
  itemName: string;
  quantity: number;
  unitNetCents: number;
  netCents: number;
  vatRateBasisPoints: number;
};

/** Everything a Peppol BIS Billing 3.0 document carries; the XML is a rendering of this. */
export type TEInvoiceDocument = {
  kind: keyof typeof documentTypeCodes;
  number: string;
  issueDate: string;
  dueDate: string | null;
  currency: 'EUR';
  buyerReference: string;
  /** The invoice a credit note corrects (BG-3). */
  precedingInvoice: { number: string; issueDate: string } | null;
  periodStart: string | null;
  periodEnd: string | null;
  note: string | null;
  seller: TInvoiceParty;
  buyer: TInvoiceParty;
  payeeIban: string;
  paymentReference: string;
  lines: TEInvoiceLine[];
  vatSubtotals: TVatSubtotal[];
  totals: TInvoiceTotals;
};
