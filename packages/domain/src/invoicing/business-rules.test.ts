import { describe, expect, it } from 'vitest';
import { businessRules, checkBusinessRules } from './business-rules.ts';
import type { TEInvoiceDocument } from './e-invoice.ts';

export const sampleDocument: TEInvoiceDocument = {
  kind: 'invoice',
  number: 'VIG-000001',
  issueDate: '2026-12-01',
  dueDate: null,
  currency: 'EUR',
  buyerReference: 'VIG-000001',
  precedingInvoice: null,
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  note: null,
  seller: {
    name: 'Vigilo SRL',
    vatNumber: 'BE0403170701',
    enterpriseNumber: '0403170701',
    street: 'Rue de la Loi 1',
    postalCode: '1000',
    city: 'Bruxelles',
    country: 'BE',
    email: null,
    participant: { scheme: '0208', id: '0403170701' },
  },
  buyer: {
    name: 'Agence A',
    vatNumber: null,
    enterpriseNumber: '0202239951',
    street: '',
    postalCode: '',
    city: 'Gent',
    country: 'BE',
    email: null,
    participant: { scheme: '0208', id: '0202239951' },
  },
  payeeIban: 'BE68539007547034',
  paymentReference: '+++000/0000/00101+++',
  lines: [
    {
      lineNo: 1,
      itemName: 'Calculation',
      quantity: 2,
      unitNetCents: 1900,
      netCents: 3800,
      vatRateBasisPoints: 2100,
    },
  ],
  vatSubtotals: [{ vatRateBasisPoints: 2100, taxableCents: 3800, vatCents: 798 }],
  totals: { netCents: 3800, vatCents: 798, grossCents: 4598, prepaidCents: 4598, payableCents: 0 },
};

describe('checkBusinessRules', () => {
  it('passes a consistent document and says how many rules it checked', () => {
    expect(checkBusinessRules(sampleDocument)).toEqual({
      rulesChecked: businessRules.length,
      failedRules: [],
    });
    expect(businessRules.length).toBeGreaterThanOrEqual(30);
  });

  it('names the rules a broken document violates', () => {
    const broken: TEInvoiceDocument = {
      ...sampleDocument,
      kind: 'credit_note',
      seller: { ...sampleDocument.seller, vatNumber: null },
      lines: [{ ...sampleDocument.lines[0]!, netCents: 3801 }],
      totals: { ...sampleDocument.totals, payableCents: 5 },
    };
    expect(checkBusinessRules(broken).failedRules).toEqual(
      expect.arrayContaining([
        'VIG-CN-01',
        'BR-CO-10',
        'BR-CO-16',
        'BR-S-02',
        'BR-S-08',
        'PEPPOL-EN16931-R120',
        'BR-CO-25',
      ]),
    );
  });
});
