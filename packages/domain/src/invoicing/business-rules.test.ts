import { describe, expect, it } from 'vitest';
import { businessRules, checkBusinessRules } from './business-rules.ts';
import type { TEInvoiceDocument } from './e-invoice.ts';
import { sampleDocument } from './test-helpers.ts';

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
