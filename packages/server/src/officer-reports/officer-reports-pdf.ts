import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TAnnualNarrative } from '@vigilo/domain/contracts/officer-reports.ts';
import {
  ANNUAL_REPORT_SECTIONS,
  DECISION_ACTIONS,
  RISK_ASSESSMENT_SECTIONS,
  type TAnnualReportFigures,
  type TRiskAssessmentContent,
} from '@vigilo/domain/officer-reports/index.ts';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
// Importing the acceptance document's module sets pdfmake up (standard PDF fonts only, no file or
// network access) and gives the WinAnsi-safe `text` helper; both renderers share that one setup.
import { text } from '../contacts/acceptance-pdf.ts';
import { translator } from '../i18n/i18n.ts';

const grey = '#555555';

type TCommon = {
  lang: TLanguage;
  organisationName: string;
  enterpriseNumber: string;
  versionNo: number;
  generatedBy: string;
  generatedAt: Date;
};

function t(lang: TLanguage) {
  const tr = translator(lang);
  return (key: string, vars: Record<string, unknown> = {}) => tr(`officer-reports:${key}`, vars);
}

const date = (lang: TLanguage, iso: string) =>
  new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

function document(common: TCommon, title: string, content: Content[]): Promise<Buffer> {
  const tr = t(common.lang);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, lineHeight: 1.15 },
    info: { title: text(title), author: text(common.organisationName), creator: 'Vigilo' },
    header: () => ({
      margin: [40, 20, 40, 0],
      columns: [
        { text: text(common.organisationName), color: grey, fontSize: 8 },
        { text: tr('pdf.confidential'), color: grey, fontSize: 8, alignment: 'right' },
      ],
    }),
    footer: (page, pages) => ({
      margin: [40, 15, 40, 0],
      columns: [
        {
          text: text(
            tr('pdf.generated', {
              date: new Intl.DateTimeFormat(`${common.lang}-BE`, {
                dateStyle: 'short',
                timeStyle: 'short',
              }).format(common.generatedAt),
              user: common.generatedBy,
              version: common.versionNo,
            }),
          ),
        },
        { text: tr('pdf.page', { page, pages }), alignment: 'right' },
      ],
      color: grey,
      fontSize: 8,
    }),
    content: [
      { text: text(common.organisationName), bold: true, fontSize: 11 },
      { text: tr('pdf.enterpriseNumber', { number: common.enterpriseNumber }), color: grey },
      { text: text(title), style: 'title' },
      ...content,
    ],
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 10, 0, 6] },
      section: { fontSize: 11.5, bold: true, margin: [0, 14, 0, 5] },
      label: { color: grey },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

function rows(pairs: [string, string | number][]): Content {
  return {
    table: {
      widths: ['*', 'auto'],
      body: pairs.map(([label, value]) => [
        { text: text(label), style: 'label' },
        { text: String(value), alignment: 'right' },
      ]),
    },
    layout: 'lightHorizontalLines',
  };
}

function paragraph(value: string, emptyText: string): Content {
  return value.trim()
    ? { text: text(value), margin: [0, 0, 0, 4] }
    : { text: emptyText, italics: true, color: grey };
}

/** The annual activity report (2022 regulation) of one saved version, in FR, NL or EN. */
export function renderAnnualReportPdf(
  input: TCommon & {
    year: number;
    dueOn: string;
    figures: TAnnualReportFigures;
    narrative: TAnnualNarrative;
  },
): Promise<Buffer> {
  const tr = t(input.lang);
  const f = input.figures;
  const content: Content[] = [
    {
      text: tr('annual.pdf.subtitle', { year: input.year, due: date(input.lang, input.dueOn) }),
      color: grey,
    },
    { text: tr('annual.pdf.basis'), fontSize: 8.5, color: grey, margin: [0, 4, 0, 0] },
    { text: tr('annual.figures.title'), style: 'section' },
    { text: tr('annual.figures.contacts'), bold: true, margin: [0, 4, 0, 2] },
    rows([
      [tr('annual.figures.contactsTotal'), f.contacts.total],
      [tr('annual.figures.persons'), f.contacts.persons],
      [tr('annual.figures.entities'), f.contacts.entities],
      [tr('annual.figures.normal'), f.contacts.normal],
      [tr('annual.figures.heightened'), f.contacts.heightened],
      [tr('annual.figures.notAssessed'), f.contacts.notAssessed],
    ]),
    { text: tr('annual.figures.vigilance'), bold: true, margin: [0, 8, 0, 2] },
    rows([
      [tr('annual.figures.profilesComputed'), f.riskProfiles.computed],
      [tr('annual.figures.profilesHeightened'), f.riskProfiles.heightened],
      [tr('annual.figures.transactionsCreated'), f.transactions.created],
      [tr('annual.figures.transactionsComputed'), f.transactions.computed],
      [tr('annual.figures.transactionsHeightened'), f.transactions.heightened],
    ]),
    { text: tr('annual.figures.decisions'), bold: true, margin: [0, 8, 0, 2] },
    rows(DECISION_ACTIONS.map((a) => [tr(`annual.decision.${a}`), f.decisions[a] ?? 0])),
    { text: tr('annual.figures.ctif'), bold: true, margin: [0, 8, 0, 2] },
    rows([
      [tr('annual.figures.ctifReported'), f.ctif.reported],
      [tr('annual.figures.goamlSubmitted'), f.ctif.goamlSubmitted],
      [tr('annual.figures.answerNoObjection'), f.ctif.answers['no-objection']],
      [tr('annual.figures.answerOpposition'), f.ctif.answers.opposition],
      [tr('annual.figures.answerInformation'), f.ctif.answers['information-request']],
    ]),
    { text: tr('annual.figures.reviewsTitle'), bold: true, margin: [0, 8, 0, 2] },
    rows([
      [tr('annual.figures.reviewsDone'), f.reviews.done],
      [tr('annual.figures.reviewsOverdue'), f.reviews.overdue],
      [tr('annual.figures.trainingSessions'), f.trainings.sessions],
      [tr('annual.figures.trainingAttendees'), f.trainings.attendees],
      [tr('annual.figures.policyChanges'), f.policyChanges.length],
    ]),
    ...f.trainings.items.map((item) => ({
      text: text(`• ${date(input.lang, item.heldOn)} — ${item.topic} (${item.attendeeCount})`),
      margin: [10, 1, 0, 0] as [number, number, number, number],
    })),
    { text: tr('annual.figures.trainingPerEmployee'), bold: true, margin: [0, 8, 0, 2] },
    f.trainings.perEmployee.length === 0
      ? { text: tr('pdf.empty'), color: grey }
      : rows(f.trainings.perEmployee.map((e) => [e.name, e.sessions])),
    {
      text: text(
        f.trainings.withoutTraining.length === 0
          ? tr('annual.figures.everyoneTrained')
          : tr('annual.figures.withoutTraining', {
              names: f.trainings.withoutTraining.map((e) => e.name).join(', '),
            }),
      ),
      margin: [0, 4, 0, 0],
    },
    ...ANNUAL_REPORT_SECTIONS.flatMap((id): Content[] => [
      { text: tr(`annual.section.${id}.title`), style: 'section' },
      paragraph(input.narrative[id] ?? '', tr('pdf.empty')),
    ]),
  ];
  return document(input, tr('annual.pdf.title', { year: input.year }), content);
}

/** The overall risk assessment (loi art. 16–17; M11) of one saved version, in FR, NL or EN. */
export function renderRiskAssessmentPdf(
  input: TCommon & { reviewedOn: string; nextReviewDue: string; content: TRiskAssessmentContent },
): Promise<Buffer> {
  const tr = t(input.lang);
  const c = input.content;
  const content: Content[] = [
    {
      text: tr('assessment.pdf.subtitle', {
        reviewed: date(input.lang, input.reviewedOn),
        next: date(input.lang, input.nextReviewDue),
      }),
      color: grey,
    },
    { text: tr('assessment.pdf.basis'), fontSize: 8.5, color: grey, margin: [0, 4, 0, 0] },
    ...RISK_ASSESSMENT_SECTIONS.flatMap((id): Content[] => [
      { text: tr(`assessment.section.${id}.title`), style: 'section' },
      { text: tr(`assessment.section.${id}.guidance`), italics: true, color: grey, margin: [0, 0, 0, 4] },
      paragraph(c.sections[id].answer, tr('pdf.empty')),
      {
        text: tr('assessment.inherentRisk', {
          level: tr(`assessment.rating.${c.sections[id].inherentRisk}`),
        }),
        bold: true,
      },
      { text: tr('assessment.measures'), style: 'label', margin: [0, 4, 0, 0] },
      paragraph(c.sections[id].measures, tr('pdf.empty')),
    ]),
    { text: tr('assessment.conclusion'), style: 'section' },
    { text: tr('assessment.overallRisk', { level: tr(`assessment.rating.${c.overallRisk}`) }), bold: true },
    paragraph(c.conclusion, tr('pdf.empty')),
  ];
  return document(input, tr('assessment.pdf.title'), content);
}
