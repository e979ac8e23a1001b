import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { parseEnterpriseNumber } from '@vigilo/domain/identifiers/enterprise-number.ts';
import {
  checkBusinessRules,
  peppolParticipantFromEnterpriseNumber,
  type TEInvoiceDocument,
  type TInvoiceParty,
} from '@vigilo/domain/invoicing/index.ts';
import type { TConfig } from '../config.ts';
import { translator } from '../i18n/i18n.ts';
import type { TOrganisationRow } from '../organisations/organisation-by-id.ts';
import { productLabel } from '../wallet/voucher-pdf.ts';
import type { TInvoiceLineRow, TInvoiceRow } from './invoicing.repository.ts';
import { checkUblStructure } from './ubl-structure.ts';
import { type TUblValidationReport, validatePeppolUbl } from './ubl-validation.ts';
import { renderUbl } from './ubl-xml.ts';

/** The operator as invoice supplier, from configuration (README "Configuration"). */
export function supplierParty(config: TConfig): TInvoiceParty {
  const operator = config.invoicing.operator;
  const enterprise = parseEnterpriseNumber(operator.enterpriseNumber);
  return {
    name: config.payments.operatorName,
    vatNumber: operator.vatNumber,
    enterpriseNumber: enterprise.ok ? enterprise.value : operator.enterpriseNumber,
    street: operator.street,
    postalCode: operator.postalCode,
    city: operator.city,
    country: operator.country,
    email: operator.email,
    participant: peppolParticipantFromEnterpriseNumber(operator.enterpriseNumber),
  };
}

/** The customer as it is at issue time: later changes to the organisation never alter an invoice. */
export function customerSnapshot(organisation: TOrganisationRow): TInvoiceParty {
  return {
    name: organisation.name,
    vatNumber: organisation.vatNumber,
    enterpriseNumber: organisation.enterpriseNumber,
    street: organisation.street,
    postalCode: organisation.postalCode,
    city: organisation.city,
    country: organisation.country,
    email: organisation.email,
    participant: peppolParticipantFromEnterpriseNumber(organisation.enterpriseNumber),
  };
}

/**
 * The e-invoice model of a document. The UBL is written in French (Vigilo's operator language); line
 * names are the product labels. The PDF renders the same data in the reader's language.
 */
export function eInvoiceDocument(
  invoice: Omit<
    TInvoiceRow,
    'id' | 'createdAt' | 'ublXml' | 'rulesChecked' | 'organisationId' | 'issuedBy' | 'creditedInvoiceId'
  >,
  lines: Pick<
    TInvoiceLineRow,
    'lineNo' | 'product' | 'quantity' | 'unitNetCents' | 'netCents' | 'vatRateBasisPoints'
  >[],
  extras: {
    paymentReference: string;
    payeeIban: string;
    precedingInvoice: TEInvoiceDocument['precedingInvoice'];
    lang?: TLanguage;
  },
): TEInvoiceDocument {
  const t = translator(extras.lang ?? 'fr');
  return {
    kind: invoice.kind,
    number: invoice.number,
    issueDate: invoice.issueDate,
    dueDate: null,
    currency: 'EUR',
    buyerReference: invoice.customer.enterpriseNumber,
    precedingInvoice: extras.precedingInvoice,
    periodStart: invoice.periodStart,
    periodEnd: invoice.periodEnd,
    note: t('invoicing:ubl.note'),
    seller: invoice.supplier,
    buyer: invoice.customer,
    payeeIban: extras.payeeIban,
    paymentReference: extras.paymentReference,
    lines: lines.map((l) => ({
      lineNo: l.lineNo,
      itemName: productLabel(t, l.product),
      quantity: l.quantity,
      unitNetCents: l.unitNetCents,
      netCents: l.netCents,
      vatRateBasisPoints: l.vatRateBasisPoints,
    })),
    vatSubtotals: invoice.vatSubtotals,
    totals: {
      netCents: invoice.netCents,
      vatCents: invoice.vatCents,
      grossCents: invoice.grossCents,
      prepaidCents: invoice.prepaidCents,
      payableCents: invoice.payableCents,
    },
  };
}

export class InvoiceRulesFailed extends Error {
  constructor(
    readonly failures: string[],
    readonly validation?: TUblValidationReport,
  ) {
    super(`invoice fails ${failures.join(', ')}`);
  }
}

export type TGeneratedUbl = {
  doc: TEInvoiceDocument;
  xml: string;
  rulesChecked: number;
  validation: TUblValidationReport;
};

/**
 * The number a document is validated under before the series gives it its own: the official validation
 * takes seconds, and the series' counter stays locked from the moment a number is taken until commit.
 */
export const provisionalNumber = 'VIG-000000';

/**
 * Renders the UBL and checks it: the business rules on the model, Vigilo's structure and sums check on
 * the XML, then the official validation (UBL 2.1 XSD, EN 16931 and Peppol BIS 3.0 Schematron). A fatal
 * finding throws, so nothing is issued.
 */
export async function generateUbl(doc: TEInvoiceDocument): Promise<TGeneratedUbl> {
  const rules = checkBusinessRules(doc);
  const xml = renderUbl(doc);
  const structure = checkUblStructure(xml);
  const validation = await validatePeppolUbl(xml);
  const failures = [
    ...rules.failedRules,
    ...structure.errors,
    ...validation.fatal.map(
      (f) => `${f.rule} (${f.source}${f.location ? ` at ${f.location}` : ''}): ${f.message}`,
    ),
  ];
  if (failures.length) throw new InvoiceRulesFailed(failures, validation);
  return {
    doc,
    xml,
    rulesChecked: rules.rulesChecked + structure.checks + validation.rulesChecked,
    validation,
  };
}

/**
 * Gives a document validated under `provisionalNumber` its number. The rendering must be the validated
 * XML with only the document's own number (its first `cbc:ID`) replaced, so what is issued is what was
 * validated; EN 16931 asks of that number only that it is present (BR-02).
 */
export function numberUbl(validated: TGeneratedUbl, number: string): { xml: string; rulesChecked: number } {
  const xml = renderUbl({ ...validated.doc, number });
  const expected = validated.xml.replace(
    `<cbc:ID>${validated.doc.number}</cbc:ID>`,
    `<cbc:ID>${number.replaceAll('&', '&amp;').replaceAll('<', '&lt;')}</cbc:ID>`,
  );
  if (xml !== expected)
    throw new InvoiceRulesFailed(['VIG-NUM-01 numbered document differs from validated one']);
  const structure = checkUblStructure(xml);
  if (structure.errors.length) throw new InvoiceRulesFailed(structure.errors);
  return { xml, rulesChecked: validated.rulesChecked };
}
