import type { TEInvoiceDocument } from '@vigilo/domain/invoicing/index.ts';
import { sampleDocument } from '@vigilo/domain/invoicing/test-helpers.ts';
import { describe, expect, it } from 'vitest';
import { generateUbl, InvoiceRulesFailed, numberUbl, provisionalNumber } from './invoice-document.ts';
import { type TUblValidationReport, validatePeppolUbl } from './ubl-validation.ts';
import { renderUbl } from './ubl-xml.ts';

const creditNote: TEInvoiceDocument = {
  ...sampleDocument,
  kind: 'credit_note',
  number: 'VIG-000002',
  precedingInvoice: { number: 'VIG-000001', issueDate: '2026-12-01' },
};

/** The counts every passing document reports, printed so the suite's log shows what was checked. */
function expectPassed(validation: TUblValidationReport, label: string) {
  expect(validation.findings.filter((f) => f.flag === 'fatal')).toEqual([]);
  expect(validation.xsdValid).toBe(true);
  const [cen, peppol] = validation.ruleSets;
  // The rule sets as committed: CEN's EN 16931 UBL binding 1.3.14.1 and Peppol BIS Billing 3.0.19.
  expect(cen).toMatchObject({ name: 'CEN-EN16931-UBL' });
  expect(peppol).toMatchObject({ name: 'PEPPOL-EN16931-UBL' });
  expect(cen!.rules).toBeGreaterThan(500);
  expect(peppol!.rules).toBeGreaterThan(100);
  expect(cen!.rulesApplied).toBeGreaterThan(100);
  expect(peppol!.rulesApplied).toBeGreaterThan(20);
  expect(validation.rulesChecked).toBe(1 + cen!.rulesApplied + peppol!.rulesApplied);
  console.info(
    `${label}: UBL 2.1 XSD valid; ${validation.ruleSets
      .map(
        (r) =>
          `${r.name} ${r.rulesApplied} of ${r.rules} rules applied (${r.firedRules} rule contexts fired)`,
      )
      .join('; ')}; ${validation.rulesChecked} checks in all`,
  );
}

describe('official Peppol BIS Billing 3.0 validation, in-process', () => {
  it('passes a generated invoice and a generated credit note, with the count of rules checked', async () => {
    const invoice = await generateUbl(sampleDocument);
    expectPassed(invoice.validation, 'invoice');
    const note = await generateUbl(creditNote);
    expectPassed(note.validation, 'credit note');
    expect(note.xml).toContain(
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    );
    expect(note.rulesChecked).toBeGreaterThan(note.validation.rulesChecked);
  }, 120_000);

  it('names the EN 16931 rule a wrong total breaks (BR-CO-15)', async () => {
    const xml = renderUbl(sampleDocument).replace(
      '<cbc:TaxInclusiveAmount currencyID="EUR">45.98</cbc:TaxInclusiveAmount>',
      '<cbc:TaxInclusiveAmount currencyID="EUR">45.99</cbc:TaxInclusiveAmount>',
    );
    const validation = await validatePeppolUbl(xml);
    expect(validation.xsdValid).toBe(true);
    expect(validation.fatal.map((f) => `${f.source} ${f.rule}`)).toContain('CEN-EN16931-UBL BR-CO-15');
  }, 120_000);

  it('names the Peppol rule a wrong specification identifier breaks, and the XSD an element out of place', async () => {
    const xml = renderUbl(sampleDocument);
    const wrongProfile = await validatePeppolUbl(
      xml.replace(
        /<cbc:CustomizationID>[^<]*<\/cbc:CustomizationID>/,
        '<cbc:CustomizationID>urn:x</cbc:CustomizationID>',
      ),
    );
    expect(wrongProfile.fatal.map((f) => `${f.source} ${f.rule}`)).toContain(
      'PEPPOL-EN16931-UBL PEPPOL-EN16931-R004',
    );
    const swapped = await validatePeppolUbl(
      xml.replace(
        /(<cbc:IssueDate>[^<]*<\/cbc:IssueDate>)(\s*)(<cbc:InvoiceTypeCode>[^<]*<\/cbc:InvoiceTypeCode>)/,
        '$3$2$1',
      ),
    );
    expect(swapped.xsdValid).toBe(false);
    expect(swapped.fatal[0]).toMatchObject({ source: 'xsd', rule: 'XSD' });
    expect(swapped.fatal[0]!.message).toContain('IssueDate');
  }, 120_000);

  it('issues nothing when only the official rules see the fault (a country code outside ISO 3166-1)', async () => {
    const broken = { ...sampleDocument, buyer: { ...sampleDocument.buyer, country: 'QQ' } };
    const failure = await generateUbl(broken).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvoiceRulesFailed);
    expect((failure as InvoiceRulesFailed).validation?.fatal.map((f) => f.rule)).toContain('BR-CL-14');
    expect(String((failure as Error).message)).toMatch(/BR-CL-14 \(CEN-EN16931-UBL/);
  }, 120_000);

  it('numbers a validated document without changing anything else', async () => {
    const validated = await generateUbl({ ...sampleDocument, number: provisionalNumber });
    const numbered = numberUbl(validated, 'VIG-000042');
    expect(numbered.xml).toBe(renderUbl({ ...sampleDocument, number: 'VIG-000042' }));
    expect(numbered.rulesChecked).toBe(validated.rulesChecked);
    const tampered = { ...validated, doc: { ...validated.doc, note: 'changed after validation' } };
    expect(() => numberUbl(tampered, 'VIG-000043')).toThrow(/VIG-NUM-01/);
  }, 120_000);
});
