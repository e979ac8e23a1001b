import { sampleDocument } from '@vigilo/domain/invoicing/test-helpers.ts';
import { describe, expect, it } from 'vitest';
import { generateUbl, InvoiceRulesFailed } from './invoice-document.ts';
import { checkUblStructure } from './ubl-structure.ts';
import { renderUbl } from './ubl-xml.ts';

describe('UBL rendering and its structure check', () => {
  it('renders a Peppol BIS 3.0 invoice that passes, with the count of checks', () => {
    const xml = renderUbl(sampleDocument);
    const check = checkUblStructure(xml);
    expect(check.errors).toEqual([]);
    expect(check.checks).toBeGreaterThan(40);
    expect(xml).toContain(
      '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>',
    );
    expect(xml).toContain('<cbc:InvoicedQuantity unitCode="C62">2</cbc:InvoicedQuantity>');
    expect(xml).toContain('<cbc:Percent>21</cbc:Percent>');
  });

  it('catches elements out of order, wrong sums and a wrong namespace in the XML itself', () => {
    const xml = renderUbl(sampleDocument);
    const swapped = xml.replace(
      /(<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)(\s*)(<cbc:InvoiceTypeCode>[^<]*<\/cbc:InvoiceTypeCode>)/,
      '$3$2$1',
    );
    expect(checkUblStructure(swapped).errors).toContain('root: cbc:IssueDate is out of order');
    const wrongDue = xml.replace(
      '<cbc:PayableAmount currencyID="EUR">0.00</cbc:PayableAmount>',
      '<cbc:PayableAmount currencyID="EUR">1.00</cbc:PayableAmount>',
    );
    expect(checkUblStructure(wrongDue).errors).toEqual(['BR-CO-16 amount due']);
    expect(checkUblStructure(xml.replace('Invoice-2"', 'Invoice-3"')).errors).toContain('root namespace');
    expect(checkUblStructure('<Invoice><a></Invoice>').errors[0]).toMatch(/^not well-formed/);
  });

  it('issues nothing when a business rule fails, and names the rule', async () => {
    const broken = { ...sampleDocument, seller: { ...sampleDocument.seller, vatNumber: null } };
    await expect(generateUbl(broken)).rejects.toThrow(InvoiceRulesFailed);
    await expect(generateUbl(broken)).rejects.toThrow(/BR-S-02/);
  }, 120_000);

  it('escapes what a name may contain', () => {
    const xml = renderUbl({
      ...sampleDocument,
      buyer: { ...sampleDocument.buyer, name: 'Dupont & Fils <Immo>' },
    });
    expect(xml).toContain('Dupont &amp; Fils &lt;Immo&gt;');
    expect(checkUblStructure(xml).errors).toEqual([]);
  });
});
