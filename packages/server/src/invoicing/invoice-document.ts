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
import { productLabel } from '../wallet/voucher-pdf.ts';
import type { findOrganisationForSnapshot, TInvoiceLineRow, TInvoiceRow } from './invoicing.repository.ts';
import { checkUblStructure } from './ubl-structure.ts';
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
export function customerSnapshot(
  organisation: NonNullable<Awaited<ReturnType<typeof findOrganisationForSnapshot>>>,
): TInvoiceParty {
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
  constructor(readonly failures: string[]) {
    super(`invoice fails ${failures.join(', ')}`);
  }
}

/** Renders the UBL and checks it (business rules on the model, structure and sums on the XML). */
export function generateUbl(doc: TEInvoiceDocument): { xml: string; rulesChecked: number } {
  const rules = checkBusinessRules(doc);
  const xml = renderUbl(doc);
  const structure = checkUblStructure(xml);
  const failures = [...rules.failedRules, ...structure.errors];
  if (failures.length) throw new InvoiceRulesFailed(failures);
  return { xml, rulesChecked: rules.rulesChecked + structure.checks };
}
