import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
// Importing the acceptance renderer also configures pdfmake's standard fonts and access policies.
import { text } from '../../contacts/acceptance-pdf.ts';
import { translator } from '../../i18n/i18n.ts';
import type { TRecordsExport } from './export-format.ts';

const grey = '#555555';

/** Display names of the exported contacts, from their latest version. */
function nameOf(contact: TRecordsExport['contacts'][number]): string {
  const data = contact.versions.at(-1)?.data as Record<string, string> | undefined;
  if (!data) return contact.id;
  return contact.kind === 'person'
    ? `${String(data.lastName).toUpperCase()} ${data.firstNames}`
    : String(data.name);
}

function scopeLine(records: TRecordsExport, t: (key: string, vars?: Record<string, unknown>) => string) {
  const { scope } = records;
  if (scope.kind === 'organisation') return t('scope.organisation', { from: scope.from, to: scope.to });
  if (scope.kind === 'transaction') {
    const deal = records.transactions.find((x) => x.id === scope.transactionId);
    return t('scope.transaction', { reference: deal?.reference ?? scope.transactionId });
  }
  const contact = records.contacts.find((c) => c.id === scope.contactId);
  return t('scope.contact', { name: contact ? nameOf(contact) : scope.contactId });
}

/**
 * The readable part of a supervisor export: what the ZIP holds, per contact, transaction and document,
 * with the chain's anchor and head hashes and how to verify them offline.
 */
// Long because it lays a document out top to bottom, block after block, as it reads on paper.
export async function renderExportSummaryPdf(
  records: TRecordsExport,
  lang: TLanguage,
  chainVerified: boolean,
): Promise<Buffer> {
  const base = translator(lang);
  const t = (key: string, vars: Record<string, unknown> = {}) => base(`records:export.${key}`, vars);
  const locale = `${lang}-BE`;
  const when = (value: string) => new Date(value).toLocaleString(locale, { timeZone: 'Europe/Brussels' });
  const heading = (value: string): Content => ({
    text: value,
    bold: true,
    fontSize: 11.5,
    margin: [0, 10, 0, 4],
  });
  const table = (header: string[], rows: string[][], widths: (string | number)[]): Content =>
    rows.length === 0
      ? { text: t('none'), color: grey }
      : {
          table: {
            headerRows: 1,
            widths,
            body: [
              header.map((h) => ({ text: h, bold: true, fillColor: '#eeeeee' })),
              ...rows.map((r) => r.map((c) => text(c))),
            ],
          },
          layout: 'lightHorizontalLines',
          fontSize: 8.5,
        };
  const scope = scopeLine(records, t);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5 },
    info: { title: t('title'), creator: 'Vigilo' },
    footer: (page, pages) => ({
      margin: [40, 20, 40, 0],
      columns: [
        { text: t('generated', { date: when(records.generatedAt), user: text(records.generatedBy.name) }) },
        { text: t('page', { page, pages }), alignment: 'right' },
      ],
      fontSize: 8,
      color: grey,
    }),
    content: [
      { text: text(`${records.organisation.name} (${records.organisation.enterpriseNumber})`), bold: true },
      { text: t('title'), fontSize: 16, bold: true, margin: [0, 8, 0, 4] },
      { text: text(scope), margin: [0, 0, 0, 6] },
      {
        text: t('contents', {
          contacts: records.contacts.length,
          transactions: records.transactions.length,
          documents: records.documents.length,
          events: records.audit.events.length,
        }),
      },
      heading(t('contacts')),
      table(
        [t('name'), t('kind'), t('status'), t('level'), t('versions'), t('profiles')],
        records.contacts.map((c) => [
          nameOf(c),
          c.kind,
          c.status,
          c.vigilanceLevel ?? '—',
          String(c.versions.length),
          c.riskProfiles.map((p) => `${p.role}: ${p.status}`).join(', ') || '—',
        ]),
        ['*', 45, 55, 55, 40, 110],
      ),
      heading(t('transactions')),
      table(
        [t('reference'), t('type'), t('status'), t('level'), t('declarations')],
        records.transactions.map((x) => [
          x.reference,
          x.type,
          x.status,
          x.level ?? '—',
          x.caseEvents.map((e) => e.action).join(', ') || '—',
        ]),
        ['*', 70, 70, 55, 120],
      ),
      heading(t('documents')),
      table(
        [t('file'), t('sha256')],
        records.documents.map((d) => [d.path, d.sha256]),
        ['*', 250],
      ),
      heading(t('audit')),
      {
        text: t('auditSummary', {
          events: records.audit.events.length,
          first: records.audit.events[0]?.id ?? '—',
          last: records.audit.events.at(-1)?.id ?? '—',
        }),
      },
      { text: `${t('anchor')}: ${records.audit.anchorPrevHash}`, fontSize: 8, margin: [0, 4, 0, 0] },
      { text: `${t('head')}: ${records.audit.headHash}`, fontSize: 8 },
      {
        text: chainVerified ? t('chainVerified') : t('chainBroken'),
        bold: true,
        color: chainVerified ? '#1b5e20' : '#b00020',
        margin: [0, 6, 0, 0],
      },
      heading(t('howToVerify')),
      { text: t('howToVerifyText') },
      {
        text: 'unzip vigilo-export.zip -d export && node export/verify-export.mjs export',
        fontSize: 8.5,
        margin: [0, 4, 0, 0],
      },
    ],
  };
  return pdfmake.createPdf(definition).getBuffer();
}
