import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import { formatCitations } from '@vigilo/domain/risk/citations.ts';
import { citationsOfFactor } from '@vigilo/domain/risk/factor-catalog.ts';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
// Importing the acceptance renderer also configures pdfmake's standard fonts and access policies.
import { text } from '../contacts/acceptance-pdf.ts';
import { translator } from '../i18n/i18n.ts';

export type TTransactionReportInput = {
  lang: 'fr' | 'nl' | 'en';
  organisationName: string;
  reference: string;
  type: 'sale' | 'purchase' | 'rental_high_value';
  propertyAddress: TAddress;
  priceCents: number;
  parties: {
    displayName: string;
    role: 'client' | 'counterparty';
    side: 'seller' | 'buyer' | 'landlord' | 'tenant' | null;
    contactVersionNo: number;
    level: string | null;
  }[];
  answers: {
    labelKey: string;
    labelText?: { fr: string; nl: string; en: string };
    value: unknown;
    options?: { value: string; labelKey: string }[];
  }[];
  result: TVigilanceResult;
  payment: { kind: 'wallet' | 'subscription'; amountInclVatCents: number | null };
  generatedBy: string;
  generatedAt: Date;
};

const grey = '#555555';

/**
 * The atypical transaction report (law of 18 September 2017 art. 45): the agency's internal record of how the
 * transaction's vigilance was assessed. Every page says it is internal and must not reach the client.
 */
// Long because it lays a document out top to bottom, block after block, as it reads on paper.
export async function renderTransactionReportPdf(input: TTransactionReportInput): Promise<Buffer> {
  const base = translator(input.lang);
  const t = (key: string, vars: Record<string, unknown> = {}) => base(`transactions:${key}`, vars);
  const locale = `${input.lang}-BE` as const;
  const money = (cents: number) => formatMoney(cents, locale);
  const answer = (a: TTransactionReportInput['answers'][number]): string => {
    const v = a.value;
    if (typeof v === 'boolean') return v ? t('report.yes') : t('report.no');
    if (Array.isArray(v)) return v.map((x) => optionLabel(a, String(x))).join(', ');
    if (typeof v === 'number' && /Cents/.test(a.labelKey)) return money(v);
    return optionLabel(a, String(v));
  };
  const optionLabel = (a: TTransactionReportInput['answers'][number], value: string) => {
    const option = a.options?.find((o) => o.value === value);
    return option ? base(`risk:${option.labelKey}`) : value;
  };
  const addr = input.propertyAddress;
  const table = (header: string[], rows: string[][], widths: (string | number)[]): Content => ({
    table: {
      headerRows: 1,
      widths,
      body: [
        header.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })),
        ...rows.map((r) => r.map((c) => text(c))),
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  });
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 60, 40, 60],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    info: { title: `${t('report.title')} — ${text(input.reference)}`, creator: 'Vigilo' },
    header: () => ({ margin: [40, 18, 40, 0], text: t('report.internal'), fontSize: 7.5, color: '#b00020' }),
    footer: (page, pages) => ({
      margin: [40, 20, 40, 0],
      columns: [
        {
          text: t('report.generated', {
            date: input.generatedAt.toLocaleString(locale, { timeZone: 'Europe/Brussels' }),
            user: text(input.generatedBy),
          }),
        },
        { text: t('report.page', { page, pages }), alignment: 'right' },
      ],
      fontSize: 8,
      color: grey,
    }),
    content: [
      { text: text(input.organisationName), bold: true },
      { text: t('report.title'), fontSize: 16, bold: true, margin: [0, 8, 0, 10] },
      table(
        [t('report.transaction'), ''],
        [
          [t('report.reference'), input.reference],
          [t('report.type'), t(`types.${input.type}`)],
          [t('report.property'), `${addr.street}, ${addr.postalCode} ${addr.city} (${addr.country})`],
          [t(input.type === 'rental_high_value' ? 'report.rent' : 'report.price'), money(input.priceCents)],
        ],
        [140, '*'],
      ),
      { text: t('report.parties'), bold: true, fontSize: 11.5, margin: [0, 8, 0, 4] },
      table(
        [t('report.party'), t('report.role'), t('report.version'), t('report.profileLevel')],
        input.parties.map((p) => [
          p.displayName,
          p.side ? `${t(`roles.${p.role}`)} — ${t(`sides.${p.side}`)}` : t(`roles.${p.role}`),
          `v${p.contactVersionNo}`,
          p.level ? t(`levels.${p.level}`) : '',
        ]),
        ['*', 90, 80, 110],
      ),
      { text: t('report.result'), bold: true, fontSize: 11.5, margin: [0, 8, 0, 4] },
      {
        text: `${t('report.level')}: ${t(`levels.${input.result.level}`)} — ${t('report.score')}: ${input.result.score}`,
        bold: true,
      },
      {
        text: t('report.versions', {
          questionnaire: input.result.questionnaireId,
          questionnaireVersion: input.result.questionnaireVersion,
          policyVersion: input.result.policyVersion,
        }),
        color: grey,
        margin: [0, 2, 0, 6],
      },
      input.result.factors.length
        ? table(
            [t('report.reason'), t('report.article'), t('report.score')],
            input.result.factors.map((f) => [
              f.label ? f.label[input.lang] : base(`risk:${f.reasonKey}`),
              formatCitations(citationsOfFactor(f.code), base),
              String(f.weight),
            ]),
            ['*', 150, 40],
          )
        : { text: t('report.noFactors') },
      { text: t('report.answers'), bold: true, fontSize: 11.5, margin: [0, 8, 0, 4] },
      table(
        [t('report.question'), t('report.answer')],
        input.answers.map((a) => [
          a.labelText ? a.labelText[input.lang] : base(`risk:${a.labelKey}`),
          answer(a),
        ]),
        ['*', 170],
      ),
      {
        text: `${t('report.payment')}: ${
          input.payment.kind === 'subscription'
            ? t('report.paymentSubscription')
            : t('report.paymentWallet', { amount: money(input.payment.amountInclVatCents ?? 0) })
        }`,
        margin: [0, 8, 0, 0],
        color: grey,
      },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
