import {
  creditTransferMeansCode,
  documentTypeCodes,
  peppolCustomizationId,
  peppolProfileId,
  type TEInvoiceDocument,
  type TInvoiceParty,
  ublAmount,
  ublPercent,
  vatCategoryOf,
} from '@vigilo/domain/invoicing/index.ts';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

const ns = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

type TNode = { name: string; text?: string; attrs?: Record<string, string>; children?: (TNode | null)[] };

const cbc = (name: string, text: string, attrs?: Record<string, string>): TNode => ({
  name: `cbc:${name}`,
  text,
  ...(attrs ? { attrs } : {}),
});
const cac = (name: string, children: (TNode | null)[]): TNode => ({ name: `cac:${name}`, children });
const optional = (value: string | null | undefined, node: (v: string) => TNode) =>
  value?.trim() ? node(value.trim()) : null;

/**
 * Renders a document as a UBL 2.1 Invoice or CreditNote following Peppol BIS Billing 3.0 (element
 * order of the BIS syntax binding). The content has passed the business rules already.
 */
export function renderUbl(doc: TEInvoiceDocument): string {
  const isInvoice = doc.kind === 'invoice';
  const money = (cents: number) => cbc('x', ublAmount(cents), { currencyID: doc.currency });
  const amount = (name: string, cents: number) => ({ ...money(cents), name: `cbc:${name}` });
  const root: TNode = {
    name: isInvoice ? 'Invoice' : 'CreditNote',
    children: [
      cbc('CustomizationID', peppolCustomizationId),
      cbc('ProfileID', peppolProfileId),
      cbc('ID', doc.number),
      cbc('IssueDate', doc.issueDate),
      isInvoice && doc.dueDate ? cbc('DueDate', doc.dueDate) : null,
      cbc(isInvoice ? 'InvoiceTypeCode' : 'CreditNoteTypeCode', documentTypeCodes[doc.kind]),
      optional(doc.note, (v) => cbc('Note', v)),
      cbc('DocumentCurrencyCode', doc.currency),
      cbc('BuyerReference', doc.buyerReference),
      doc.periodStart && doc.periodEnd
        ? cac('InvoicePeriod', [cbc('StartDate', doc.periodStart), cbc('EndDate', doc.periodEnd)])
        : null,
      doc.precedingInvoice
        ? cac('BillingReference', [
            cac('InvoiceDocumentReference', [
              cbc('ID', doc.precedingInvoice.number),
              cbc('IssueDate', doc.precedingInvoice.issueDate),
            ]),
          ])
        : null,
      cac('AccountingSupplierParty', [party(doc.seller)]),
      cac('AccountingCustomerParty', [party(doc.buyer)]),
      cac('PaymentMeans', [
        cbc('PaymentMeansCode', creditTransferMeansCode),
        cbc('PaymentID', doc.paymentReference),
        cac('PayeeFinancialAccount', [cbc('ID', doc.payeeIban.replace(/\s/g, ''))]),
      ]),
      cac('TaxTotal', [
        amount('TaxAmount', doc.totals.vatCents),
        ...doc.vatSubtotals.map((s) =>
          cac('TaxSubtotal', [
            amount('TaxableAmount', s.taxableCents),
            amount('TaxAmount', s.vatCents),
            taxCategory('TaxCategory', s.vatRateBasisPoints),
          ]),
        ),
      ]),
      cac('LegalMonetaryTotal', [
        amount('LineExtensionAmount', doc.totals.netCents),
        amount('TaxExclusiveAmount', doc.totals.netCents),
        amount('TaxInclusiveAmount', doc.totals.grossCents),
        amount('PrepaidAmount', doc.totals.prepaidCents),
        amount('PayableAmount', doc.totals.payableCents),
      ]),
      ...doc.lines.map((line) =>
        cac(isInvoice ? 'InvoiceLine' : 'CreditNoteLine', [
          cbc('ID', String(line.lineNo)),
          // UN/ECE rec. 20 "C62": one (a unit without dimension).
          cbc(isInvoice ? 'InvoicedQuantity' : 'CreditedQuantity', String(line.quantity), {
            unitCode: 'C62',
          }),
          amount('LineExtensionAmount', line.netCents),
          cac('Item', [
            cbc('Name', line.itemName),
            taxCategory('ClassifiedTaxCategory', line.vatRateBasisPoints),
          ]),
          cac('Price', [amount('PriceAmount', line.unitNetCents)]),
        ]),
      ),
    ],
  };
  const xml = create({ version: '1.0', encoding: 'UTF-8' });
  const top = xml.ele(isInvoice ? ns.invoice : ns.creditNote, root.name, {
    'xmlns:cac': ns.cac,
    'xmlns:cbc': ns.cbc,
  });
  for (const child of root.children ?? []) if (child) append(top, child);
  return xml.end({ prettyPrint: true, indent: '  ' });
}

function party(p: TInvoiceParty): TNode {
  return cac('Party', [
    p.participant ? cbc('EndpointID', p.participant.id, { schemeID: p.participant.scheme }) : null,
    cac('PartyName', [cbc('Name', p.name)]),
    cac('PostalAddress', [
      optional(p.street, (v) => cbc('StreetName', v)),
      optional(p.city, (v) => cbc('CityName', v)),
      optional(p.postalCode, (v) => cbc('PostalZone', v)),
      cac('Country', [cbc('IdentificationCode', p.country)]),
    ]),
    p.vatNumber
      ? cac('PartyTaxScheme', [cbc('CompanyID', p.vatNumber), cac('TaxScheme', [cbc('ID', 'VAT')])])
      : null,
    cac('PartyLegalEntity', [
      cbc('RegistrationName', p.name),
      cbc('CompanyID', p.enterpriseNumber, { schemeID: '0208' }),
    ]),
    optional(p.email, (v) => cac('Contact', [cbc('ElectronicMail', v)])),
  ]);
}

function taxCategory(name: string, rateBasisPoints: number): TNode {
  return cac(name, [
    cbc('ID', vatCategoryOf(rateBasisPoints)),
    cbc('Percent', ublPercent(rateBasisPoints)),
    cac('TaxScheme', [cbc('ID', 'VAT')]),
  ]);
}

function append(parent: XMLBuilder, node: TNode): void {
  const [prefix] = node.name.split(':') as ['cac' | 'cbc'];
  const child = parent.ele(ns[prefix], node.name, node.attrs ?? {});
  // Escaped once here ("&" first), as goaml-xml.ts explains: xmlbuilder2 keeps entity-looking text as is.
  if (node.text !== undefined) child.txt(node.text.replaceAll('&', '&amp;'));
  for (const c of node.children ?? []) if (c) append(child, c);
}
