import { XmlDocument, type XmlElement } from 'xmldoc';

/**
 * Checks a generated UBL document as XML, independently of the model it was rendered from (issue 24):
 * the root and namespaces, the Peppol BIS Billing 3.0 element order and cardinality of the parts Vigilo
 * writes, and the EN 16931 sums recomputed from the XML text. It runs at generation, before storage.
 * The official UBL XSD and Peppol Schematron run after it (ubl-validation.ts).
 */
// Both documents open with the same identification and share one order from the note to the totals.
const documentHead = ['cbc:CustomizationID', 'cbc:ProfileID', 'cbc:ID', 'cbc:IssueDate'] as const;
const documentBody = [
  'cbc:Note',
  'cbc:DocumentCurrencyCode',
  'cbc:BuyerReference',
  'cac:InvoicePeriod',
  'cac:BillingReference',
  'cac:AccountingSupplierParty',
  'cac:AccountingCustomerParty',
  'cac:PaymentMeans',
  'cac:TaxTotal',
  'cac:LegalMonetaryTotal',
] as const;
const rootOrder = {
  Invoice: [...documentHead, 'cbc:DueDate', 'cbc:InvoiceTypeCode', ...documentBody, 'cac:InvoiceLine'],
  CreditNote: [...documentHead, 'cbc:CreditNoteTypeCode', ...documentBody, 'cac:CreditNoteLine'],
} as const;
const required = [
  'cbc:CustomizationID',
  'cbc:ProfileID',
  'cbc:ID',
  'cbc:IssueDate',
  'cbc:DocumentCurrencyCode',
  'cac:AccountingSupplierParty',
  'cac:AccountingCustomerParty',
  'cac:TaxTotal',
  'cac:LegalMonetaryTotal',
];
const partyOrder = [
  'cbc:EndpointID',
  'cac:PartyIdentification',
  'cac:PartyName',
  'cac:PostalAddress',
  'cac:PartyTaxScheme',
  'cac:PartyLegalEntity',
  'cac:Contact',
];
const totalsOrder = [
  'cbc:LineExtensionAmount',
  'cbc:TaxExclusiveAmount',
  'cbc:TaxInclusiveAmount',
  'cbc:AllowanceTotalAmount',
  'cbc:ChargeTotalAmount',
  'cbc:PrepaidAmount',
  'cbc:PayableRoundingAmount',
  'cbc:PayableAmount',
];
const namespaces = {
  Invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  CreditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
};

export type TUblStructureCheck = { checks: number; errors: string[] };

export function checkUblStructure(xml: string): TUblStructureCheck {
  const errors: string[] = [];
  let checks = 0;
  const expect = (condition: boolean, message: string) => {
    checks += 1;
    if (!condition) errors.push(message);
  };
  let root: XmlDocument;
  try {
    root = new XmlDocument(xml);
  } catch (error) {
    return { checks: 1, errors: [`not well-formed: ${String(error)}`] };
  }
  const kind = root.name as keyof typeof rootOrder;
  expect(kind in rootOrder, `unexpected root ${root.name}`);
  if (!(kind in rootOrder)) return { checks, errors };
  expect(root.attr.xmlns === namespaces[kind], 'root namespace');
  expect(
    root.attr['xmlns:cac'] === namespaces.cac && root.attr['xmlns:cbc'] === namespaces.cbc,
    'cac/cbc namespaces',
  );
  checkOrder(root, rootOrder[kind], 'root', expect);
  for (const name of required) expect(root.childNamed(name) !== undefined, `missing ${name}`);
  for (const side of ['cac:AccountingSupplierParty', 'cac:AccountingCustomerParty']) {
    const party = root.childNamed(side)?.childNamed('cac:Party');
    expect(party !== undefined, `${side} has no cac:Party`);
    if (party) checkOrder(party, partyOrder, side, expect);
  }
  const totals = root.childNamed('cac:LegalMonetaryTotal');
  if (totals) checkOrder(totals, totalsOrder, 'LegalMonetaryTotal', expect);
  const currency = root.valueWithPath('cbc:DocumentCurrencyCode');
  const amounts = [...root.childrenNamed('cac:TaxTotal'), ...(totals ? [totals] : [])].flatMap(
    amountElements,
  );
  for (const amount of amounts) {
    expect(amount.attr.currencyID === currency, `${amount.name} currency`);
    expect(/^-?\d+(\.\d{1,2})?$/.test(amount.val), `${amount.name} has at most two decimals`);
  }
  const cents = (el: XmlElement | undefined, path: string) =>
    Math.round(Number(el?.valueWithPath(path) ?? 'NaN') * 100);
  const lines = root.childrenNamed(kind === 'Invoice' ? 'cac:InvoiceLine' : 'cac:CreditNoteLine');
  expect(lines.length > 0, 'BR-16 at least one line');
  let lineSum = 0;
  for (const line of lines) {
    const quantity = Number(
      line.valueWithPath(kind === 'Invoice' ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity'),
    );
    const net = cents(line, 'cbc:LineExtensionAmount');
    lineSum += net;
    expect(
      net === Math.round(quantity * cents(line, 'cac:Price.cbc:PriceAmount')),
      'PEPPOL-EN16931-R120 line amount',
    );
    expect(Boolean(line.valueWithPath('cac:Item.cbc:Name')), 'BR-25 item name');
  }
  const taxTotal = root.childNamed('cac:TaxTotal');
  const subtotals = taxTotal?.childrenNamed('cac:TaxSubtotal') ?? [];
  expect(lineSum === cents(totals, 'cbc:LineExtensionAmount'), 'BR-CO-10 sum of lines');
  expect(
    subtotals.reduce((s, st) => s + cents(st, 'cbc:TaxAmount'), 0) === cents(taxTotal, 'cbc:TaxAmount'),
    'BR-CO-14 VAT total',
  );
  expect(
    cents(totals, 'cbc:TaxInclusiveAmount') ===
      cents(totals, 'cbc:TaxExclusiveAmount') + cents(taxTotal, 'cbc:TaxAmount'),
    'BR-CO-15 total with VAT',
  );
  expect(
    cents(totals, 'cbc:PayableAmount') ===
      cents(totals, 'cbc:TaxInclusiveAmount') - cents(totals, 'cbc:PrepaidAmount'),
    'BR-CO-16 amount due',
  );
  return { checks, errors };
}

const amountNames = /^cbc:(\w+Amount)$/;
const elementsOf = (el: XmlElement): XmlElement[] =>
  el.children.filter((child): child is XmlElement => child.type === 'element');

function amountElements(el: XmlElement): XmlElement[] {
  return elementsOf(el).flatMap((child) => {
    return amountNames.test(child.name) ? [child, ...amountElements(child)] : amountElements(child);
  });
}

/** Children appear in the schema's sequence (each name at most where the sequence allows). */
function checkOrder(
  el: XmlElement,
  order: readonly string[],
  where: string,
  expect: (condition: boolean, message: string) => void,
) {
  let position = 0;
  for (const child of elementsOf(el)) {
    const index = order.indexOf(child.name);
    expect(index >= 0, `${where}: ${child.name} is not allowed here`);
    expect(index >= position, `${where}: ${child.name} is out of order`);
    position = Math.max(position, index);
  }
}
