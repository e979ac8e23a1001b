import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TWalletMovement } from '@vigilo/domain/contracts/wallet.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import anyAscii from 'any-ascii';
import type { TFunction } from 'i18next';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { translator } from '../i18n/i18n.ts';

export type TVoucherInput = {
  lang: TLanguage;
  organisation: { name: string; enterpriseNumberFormatted: string; address: string };
  operator: { name: string; iban: string };
  movement: TWalletMovement;
  generatedAt: Date;
};

// The standard PDF fonts only, nothing else from disk or the network. pdfmake's settings are global:
// these are the same as the acceptance document's (contacts/acceptance-pdf.ts), whichever loads last.
const standardFonts = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);
pdfmake.setFonts({
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => standardFonts.has(path));

/** The translated name of a product (`subscription_<plan>` for plans, which are data). */
export function productLabel(t: TFunction, product: string): string {
  const plan = product.match(/^subscription_(.+)$/)?.[1];
  if (plan)
    return t('wallet:products.subscription', { plan: t(`wallet:plans.${plan}`, { defaultValue: plan }) });
  return t(`wallet:products.${product}`, { defaultValue: product });
}

/**
 * The voucher ("bon de transaction") of one wallet movement: date, product, amounts excl. and incl.
 * VAT, reference. It is not an invoice — it says so — invoices are issued periodically.
 */
export async function renderVoucherPdf(input: TVoucherInput): Promise<Buffer> {
  const t = translator(input.lang);
  const { movement } = input;
  const locale = `${input.lang}-BE` as const;
  const money = (cents: number) => text(formatMoney(cents, locale));
  const date = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Brussels',
  }).format(new Date(movement.createdAt));
  const rows: [string, string][] = [
    [t('wallet:voucher.number'), String(movement.voucherNo)],
    [t('wallet:voucher.date'), date],
    [t('wallet:voucher.kind'), t(`wallet:kinds.${movement.kind}`)],
    [t('wallet:voucher.product'), productLabel(t, movement.product)],
    [t('wallet:voucher.reference'), movement.reference || '—'],
    [t('wallet:voucher.user'), movement.userName ?? '—'],
    [t('wallet:voucher.amountExclVat'), money(movement.amountExclVatCents)],
    [
      t('wallet:voucher.vat', { rate: (movement.vatRateBasisPoints / 100).toFixed(2) }),
      money(movement.vatCents),
    ],
    [t('wallet:voucher.amountInclVat'), money(movement.amountInclVatCents)],
    [t('wallet:voucher.balanceAfter'), money(movement.balanceAfterCents)],
  ];
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [50, 60, 50, 60],
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    info: { title: `${t('wallet:voucher.title')} ${movement.voucherNo}`, creator: 'Vigilo' },
    content: [
      { text: text(input.operator.name), bold: true, fontSize: 12 },
      { text: text(`IBAN ${input.operator.iban}`), color: '#555555', margin: [0, 0, 0, 20] },
      { text: t('wallet:voucher.title'), fontSize: 18, bold: true },
      { text: t('wallet:voucher.notAnInvoice'), bold: true, color: '#b00020', margin: [0, 4, 0, 16] },
      { text: text(input.organisation.name), bold: true },
      {
        text: text(
          [
            t('wallet:voucher.enterpriseNumber', { number: input.organisation.enterpriseNumberFormatted }),
            input.organisation.address,
          ]
            .filter(Boolean)
            .join(' — '),
        ),
        color: '#555555',
        margin: [0, 0, 0, 16],
      },
      {
        table: {
          widths: [180, '*'],
          body: rows.map(([label, value]) => [
            { text: text(label), color: '#555555' },
            { text: text(value), bold: label === t('wallet:voucher.amountInclVat') },
          ]),
        },
        layout: 'lightHorizontalLines',
      },
      { text: t('wallet:voucher.invoiceNote'), margin: [0, 20, 0, 0], color: '#555555' },
      {
        text: t('wallet:voucher.generated', {
          date: new Intl.DateTimeFormat(locale, {
            dateStyle: 'long',
            timeStyle: 'short',
            timeZone: 'Europe/Brussels',
          }).format(input.generatedAt),
        }),
        margin: [0, 8, 0, 0],
        fontSize: 8,
        color: '#555555',
      },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * The standard fonts only cover WinAnsi: keep Latin-1 and the euro sign, transliterate the rest, and
 * replace the narrow no-break spaces CLDR puts in French amounts.
 */
function text(value: string): string {
  let out = '';
  for (const char of value.replace(/[\u202f\u00a0]/g, ' ')) {
    const code = char.codePointAt(0)!;
    out += code <= 0xff || char === '€' ? char : anyAscii(char);
  }
  return out;
}
