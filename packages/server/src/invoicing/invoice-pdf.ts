import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { formatParticipant, type TInvoiceParty } from '@vigilo/domain/invoicing/index.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import anyAscii from 'any-ascii';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { translator } from '../i18n/i18n.ts';
// Imported for its side effect too: it sets pdfmake's standard fonts and access policies.
import { productLabel } from '../wallet/voucher-pdf.ts';
import type { TInvoiceLineRow, TInvoiceRow } from './invoicing.repository.ts';

export type TInvoicePdfInput = {
  lang: TLanguage;
  invoice: TInvoiceRow;
  lines: TInvoiceLineRow[];
  /** For a credit note: the invoice it corrects. */
  credited: { number: string; issueDate: string } | null;
  payeeIban: string;
};

/**
 * A readable copy of an issued document in the reader's language (issue 24). The legal e-invoice is the
 * UBL; this PDF shows the same stored figures, never recomputed ones.
 */
// Long because it lays a document out top to bottom, block after block, as it reads on paper.
export async function renderInvoicePdf(input: TInvoicePdfInput): Promise<Buffer> {
  const t = translator(input.lang);
  const { invoice } = input;
  const locale = `${input.lang}-BE` as const;
  const money = (cents: number) => clean(formatMoney(cents, locale));
  const day = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  const title =
    invoice.kind === 'invoice' ? t('invoicing:pdf.invoiceTitle') : t('invoicing:pdf.creditNoteTitle');
  const facts: [string, string][] = [
    [t('invoicing:pdf.number'), invoice.number],
    [t('invoicing:pdf.issueDate'), day(invoice.issueDate)],
  ];
  if (invoice.periodStart && invoice.periodEnd)
    facts.push([
      t('invoicing:pdf.period'),
      t('invoicing:pdf.periodRange', { start: day(invoice.periodStart), end: day(invoice.periodEnd) }),
    ]);
  const partyBlock = (label: string, party: TInvoiceParty): Content => ({
    stack: [
      { text: clean(label), color: '#555555', fontSize: 8 },
      { text: clean(party.name), bold: true },
      clean(
        [party.street, [party.postalCode, party.city].filter(Boolean).join(' '), party.country]
          .filter(Boolean)
          .join(', '),
      ),
      party.vatNumber ? clean(t('invoicing:pdf.vatNumber', { number: party.vatNumber })) : '',
      clean(t('invoicing:pdf.enterpriseNumber', { number: party.enterpriseNumber })),
      party.participant
        ? clean(t('invoicing:pdf.peppolId', { id: formatParticipant(party.participant) }))
        : '',
    ],
  });
  const percent = (bp: number) => `${(bp / 100).toLocaleString(locale)} %`;
  const content: Content[] = [
    { text: clean(title), fontSize: 18, bold: true, margin: [0, 0, 0, 12] },
    {
      columns: [
        partyBlock(t('invoicing:pdf.supplier'), invoice.supplier),
        partyBlock(t('invoicing:pdf.customer'), invoice.customer),
      ],
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        widths: [140, '*'],
        body: facts.map(([k, v]) => [{ text: clean(k), color: '#555555' }, clean(v)]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        headerRows: 1,
        widths: ['*', 35, 80, 40, 80],
        body: [
          ['product', 'quantity', 'unitPrice', 'vatRate', 'net'].map((k) => ({
            text: clean(t(`invoicing:pdf.${k}`)),
            bold: true,
          })),
          ...input.lines.map((line) => [
            {
              stack: [
                clean(productLabel(t, line.product)),
                line.priceListVersion
                  ? {
                      text: clean(t('invoicing:pdf.priceList', { version: line.priceListVersion })),
                      fontSize: 8,
                      color: '#555555',
                    }
                  : '',
              ],
            },
            String(line.quantity),
            money(line.unitNetCents),
            percent(line.vatRateBasisPoints),
            money(line.netCents),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    { text: clean(t('invoicing:pdf.vatSummary')), bold: true },
    {
      table: {
        widths: [60, '*', '*'],
        body: [
          [t('invoicing:pdf.vatRate'), t('invoicing:pdf.taxable'), t('invoicing:pdf.vatAmount')].map(clean),
          ...invoice.vatSubtotals.map((s) => [
            percent(s.vatRateBasisPoints),
            money(s.taxableCents),
            money(s.vatCents),
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      margin: [0, 0, 0, 12],
    },
    {
      table: {
        widths: ['*', 120],
        body: [
          [t('invoicing:pdf.totalNet'), money(invoice.netCents)],
          [t('invoicing:pdf.totalVat'), money(invoice.vatCents)],
          [t('invoicing:pdf.totalGross'), money(invoice.grossCents)],
          [t('invoicing:pdf.prepaid'), money(-invoice.prepaidCents)],
          [t('invoicing:pdf.payable'), money(invoice.payableCents)],
        ].map(([k, v]) => [
          { text: clean(k!), alignment: 'right' },
          { text: v!, alignment: 'right', bold: true },
        ]),
      },
      layout: 'noBorders',
      margin: [0, 0, 0, 12],
    },
  ];
  if (invoice.kind === 'invoice') {
    content.push({ text: clean(t('invoicing:pdf.payments')), bold: true });
    content.push(
      invoice.paymentsReceived.length
        ? {
            table: {
              widths: ['*', 120],
              body: [
                ...invoice.paymentsReceived.map((p) => [
                  day(p.receivedAt.slice(0, 10)),
                  money(p.amountCents),
                ]),
                [
                  clean(t('invoicing:pdf.paymentsTotal')),
                  money(invoice.paymentsReceived.reduce((s, p) => s + p.amountCents, 0)),
                ],
              ],
            },
            layout: 'lightHorizontalLines',
          }
        : { text: clean(t('invoicing:pdf.noPayments')), color: '#555555' },
    );
  } else if (input.credited) {
    content.push({
      text: clean(
        t('invoicing:pdf.credits', { number: input.credited.number, date: day(input.credited.issueDate) }),
      ),
    });
  }
  content.push({
    text: clean(`${t('invoicing:pdf.iban', { iban: input.payeeIban })} — ${t('invoicing:pdf.legal')}`),
    margin: [0, 16, 0, 0],
    fontSize: 8,
    color: '#555555',
  });
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9 },
    info: { title: clean(`${title} ${invoice.number}`), creator: 'Vigilo' },
    content,
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/** The standard fonts cover WinAnsi only (as voucher-pdf.ts): keep Latin-1 and €, transliterate the rest. */
function clean(value: string): string {
  let out = '';
  for (const char of value.replace(/[\u202f\u00a0]/g, ' ')) {
    const code = char.codePointAt(0)!;
    out += code <= 0xff || char === '€' ? char : anyAscii(char);
  }
  return out;
}
