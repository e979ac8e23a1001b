import type { TContactData, TEntityData, TPersonData } from '@vigilo/domain/contracts/contacts.ts';
import anyAscii from 'any-ascii';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { formatDay, formatMoment } from '../i18n/date-formats.ts';
import { translator } from '../i18n/i18n.ts';

/**
 * What the acceptance document shows: the identification and screening parts of one contact version.
 *
 * There is deliberately no field for an internal declaration, an officer's decision or a report to CTIF:
 * the client may receive this document, and revealing that a declaration or a report exists is forbidden
 * (tipping-off ban, law of 18 September 2017 art. 55). Keep it that way — a caller
 * cannot leak what the renderer cannot receive.
 */
export type TAcceptancePdfInput = {
  lang: 'fr' | 'nl' | 'en';
  organisation: { name: string; enterpriseNumberFormatted: string; address: string };
  contact: {
    displayName: string;
    kind: 'person' | 'entity';
    versionNo: number;
    data: TContactData;
    /** The KBO/BCE extract the version was filled in from (public data: its date and number only). */
    kboExtract?: { snapshotDate: string | null; extractNumber: string | null } | null;
  };
  linkedContacts: { id: string; displayName: string }[];
  screening: {
    checkedAt: string;
    listVersions: string[];
    level: 'normal' | 'heightened' | null;
    hits: { list: string; entryId: string; matchedName: string; score: number; disposition: string | null }[];
  } | null;
  /**
   * Due diligence (issue 14, items 4 and 8): mandatory data missing, each beneficial owner's verification,
   * the UBO register extract and the discrepancy report made about it. Absent: the section is left out.
   */
  dueDiligence?: {
    missingData: string[];
    owners: { displayName: string; verifiedOn: string | null; method: 'document' | 'ubo-register' | null }[];
    uboRegister: { extractDate: string | null; differs: boolean; reportedOn: string | null } | null;
  };
  generatedBy: string;
  generatedAt: Date;
};

// Only the standard PDF fonts: nothing to ship or load from disk, and no network access at all. pdfmake
// checks font names against the local-file policy too, so the policy lets exactly those names through.
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

const grey = '#555555';
const red = '#b00020';

/** Renders the acceptance document (A4 PDF) in the given language; labels come from `acceptance.json`. */
export async function renderAcceptancePdf(input: TAcceptancePdfInput): Promise<Buffer> {
  const r = new AcceptanceRenderer(input);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [40, 50, 40, 50],
    defaultStyle: { font: 'Helvetica', fontSize: 9.5, lineHeight: 1.15 },
    info: {
      title: `${r.t('title')} — ${text(input.contact.displayName)}`,
      author: text(input.organisation.name),
      creator: 'Vigilo',
    },
    // The file's summary of identification and screening, never a client document: every page says so.
    header: () => ({
      margin: [40, 14, 40, 0],
      stack: [
        {
          columns: [
            { text: text(input.organisation.name), color: grey, fontSize: 8 },
            { text: r.t('title'), color: grey, fontSize: 8, alignment: 'right' },
          ],
        },
        { text: r.t('agencyFileOnly'), bold: true, fontSize: 8, alignment: 'center', margin: [0, 2, 0, 0] },
      ],
    }),
    footer: (page, pages) => ({
      margin: [40, 15, 40, 0],
      columns: [
        {
          text: r.t('footer.generated', {
            date: r.dateTime(input.generatedAt),
            user: text(input.generatedBy),
          }),
        },
        { text: r.t('footer.page', { page, pages }), alignment: 'right' },
      ],
      color: grey,
      fontSize: 8,
    }),
    content: [
      ...r.heading(),
      ...r.identification(),
      ...r.identityDocument(),
      ...r.identificationMode(),
      ...r.dueDiligence(),
      ...r.screening(),
    ],
    styles: {
      title: { fontSize: 16, bold: true, margin: [0, 10, 0, 2] },
      section: { fontSize: 11.5, bold: true, margin: [0, 14, 0, 5] },
      label: { color: grey },
      tableHeader: { bold: true, fillColor: '#eeeeee' },
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

type TTranslate = (key: string, options?: Record<string, unknown>) => string;

class AcceptanceRenderer {
  /** Keys of the `acceptance` namespace. */
  readonly t: TTranslate;
  private readonly names: Map<string, string>;
  private readonly locale: string;

  constructor(private readonly input: TAcceptancePdfInput) {
    const t = translator(input.lang);
    this.t = (key, options) => t(`acceptance:${key}`, options ?? {});
    this.names = new Map(input.linkedContacts.map((c) => [c.id, c.displayName]));
    this.locale = `${input.lang}-BE`;
  }

  heading(): Content[] {
    const { organisation, contact } = this.input;
    return [
      { text: text(organisation.name), bold: true, fontSize: 11 },
      {
        text: [
          this.t('organisation.enterpriseNumber', { number: organisation.enterpriseNumberFormatted }),
          organisation.address ? ` — ${text(organisation.address)}` : '',
        ],
        color: grey,
      },
      { text: this.t('title'), style: 'title' },
      { text: text(contact.displayName), fontSize: 13, bold: true },
      { text: this.t('subtitle', { version: contact.versionNo }), color: grey },
      ...(contact.kboExtract
        ? [
            {
              text: contact.kboExtract.snapshotDate
                ? this.t('kboSource', {
                    date: this.date(contact.kboExtract.snapshotDate),
                    number: contact.kboExtract.extractNumber ?? '—',
                  })
                : this.t('kboSourceUndated', { number: contact.kboExtract.extractNumber ?? '—' }),
              color: grey,
            },
          ]
        : []),
    ];
  }

  identification(): Content[] {
    const { data } = this.input.contact;
    const rows = data.kind === 'person' ? this.personRows(data) : this.entityRows(data);
    return [this.section('sections.identification'), this.fieldTable(rows)];
  }

  private personRows(d: TPersonData): [string, string][] {
    return [
      ['fields.kind', this.t('kinds.person')],
      ['fields.lastName', d.lastName],
      ['fields.firstNames', d.firstNames],
      ['fields.birthDate', this.date(d.birthDate)],
      ['fields.birthPlace', d.birthPlace],
      ['fields.nationalities', d.nationalities.map((c) => this.country(c)).join(', ')],
      ['fields.address', this.address(d.address)],
      ['fields.needsProofOfAddress', this.yesNo(d.needsProofOfAddress)],
      ['fields.nationalNumber', d.nationalNumber ?? ''],
      ['fields.profession', d.profession],
      ['fields.actsForOwnAccount', this.yesNo(d.actsForOwnAccount)],
      ['fields.beneficialOwners', this.owners(d.beneficialOwners)],
      ['fields.pep', this.pep(d.pep)],
      [
        'fields.mandataries',
        (d.mandataries ?? []).map((m) => this.join(this.nameOf(m.contactId), m.power)).join('\n'),
      ],
      ['fields.notes', d.notes],
    ];
  }

  /** PEP status, function, country and dates (loi art. 41), as recorded at identification. */
  private pep(pep: TPersonData['pep']): string {
    if (!pep || pep.status === 'none') return this.t('pepStatuses.none');
    const dates = [pep.startDate, pep.endDate].map((d) => (d ? this.date(d) : '…')).join(' – ');
    const country = pep.country ? this.country(pep.country) : '';
    return [this.t(`pepStatuses.${pep.status}`), pep.function, country, dates].filter(Boolean).join(', ');
  }

  private entityRows(d: TEntityData): [string, string][] {
    const registration = d.foreignRegistration
      ? `${d.foreignRegistration.number} (${this.country(d.foreignRegistration.country)})`
      : '';
    return [
      ['fields.kind', this.t('kinds.entity')],
      ['fields.name', d.name],
      ['fields.entityType', this.t(`entityTypes.${d.entityType}`)],
      ['fields.legalForm', d.legalForm],
      ['fields.enterpriseNumber', d.enterpriseNumber ?? ''],
      ['fields.foreignRegistration', registration],
      ['fields.registeredOffice', this.address(d.registeredOffice)],
      ['fields.mainPlaceOfBusiness', d.mainPlaceOfBusiness ? this.address(d.mainPlaceOfBusiness) : ''],
      ['fields.administrators', d.administrators.join('\n')],
      ['fields.representationPowers', d.representationPowers],
      ['fields.publicationReferences', d.publicationReferences],
      [
        'fields.mandataries',
        d.mandataries.map((m) => this.join(this.nameOf(m.contactId), m.power)).join('\n'),
      ],
      ['fields.beneficialOwners', this.owners(d.beneficialOwners)],
      [
        'fields.seniorManagingOfficials',
        d.seniorManagingOfficials.map((s) => this.nameOf(s.contactId)).join('\n'),
      ],
      ['fields.notes', d.notes],
    ];
  }

  identityDocument(): Content[] {
    const { data } = this.input.contact;
    if (data.kind !== 'person') {
      return [this.section('sections.identityDocument'), { text: this.t('idDocument.notApplicable') }];
    }
    const doc = data.idDocument;
    // Compared as calendar dates in Brussels: a document expiring today is still valid today.
    const isExpired = doc.expiryDate < this.isoDate(this.input.generatedAt);
    const status: TableCell = isExpired
      ? { text: this.t('idDocument.expired'), bold: true, color: red }
      : { text: this.t('idDocument.valid') };
    return [
      this.section('sections.identityDocument'),
      this.fieldTable([
        ['idDocument.type', this.t(`idDocumentTypes.${doc.type}`)],
        ['idDocument.number', doc.number],
        // The issue date only when recorded: never derived from the expiry date.
        ...(doc.issueDate ? [['idDocument.issueDate', this.date(doc.issueDate)] as [string, string]] : []),
        ['idDocument.expiryDate', this.date(doc.expiryDate)],
        ['idDocument.issuingCountry', this.country(doc.issuingCountry)],
        ['idDocument.status', status],
      ]),
    ];
  }

  identificationMode(): Content[] {
    const { data } = this.input.contact;
    let mode: string;
    if (data.kind === 'person') mode = this.t(`identificationModes.${data.identificationMode}`);
    else if (data.introducer) {
      const { name, type, country } = data.introducer;
      mode = this.t('introducerMode', { name: text(name), type: text(type), country: this.country(country) });
    } else mode = this.t('noIntroducer');
    return [this.section('sections.identificationMode'), { text: mode }];
  }

  dueDiligence(): Content[] {
    const dd = this.input.dueDiligence;
    if (!dd) return [];
    const fields = translator(this.input.lang);
    const missing = dd.missingData.length
      ? {
          text: this.t('dueDiligence.missing', {
            fields: dd.missingData.map((code) => fields(`contacts:dueDiligence.field.${code}`)).join(', '),
          }),
          bold: true,
          color: red,
        }
      : { text: this.t('dueDiligence.complete') };
    const owners: [string, string | TableCell][] = dd.owners.map((o) => [
      text(o.displayName),
      o.verifiedOn && o.method
        ? this.t(`dueDiligence.verified.${o.method}`, { date: this.date(o.verifiedOn) })
        : { text: this.t('dueDiligence.notVerified'), bold: true, color: red },
    ]);
    const register = dd.uboRegister;
    const registerLine = !register
      ? []
      : [
          {
            text: !register.extractDate
              ? this.t('dueDiligence.register.none')
              : this.t(register.differs ? 'dueDiligence.register.differs' : 'dueDiligence.register.matches', {
                  date: this.date(register.extractDate),
                }),
            margin: [0, 6, 0, 0] as [number, number, number, number],
          },
          ...(register.reportedOn
            ? [{ text: this.t('dueDiligence.register.reported', { date: this.date(register.reportedOn) }) }]
            : []),
        ];
    return [
      this.section('sections.dueDiligence'),
      missing,
      ...(owners.length
        ? [
            {
              table: {
                widths: [200, '*'],
                body: owners.map(([name, status]) => [{ text: name, style: 'label' }, status]),
              },
              layout: 'lightHorizontalLines',
              margin: [0, 6, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
      ...registerLine,
    ];
  }

  screening(): Content[] {
    const { screening } = this.input;
    const title = this.section('sections.screening');
    if (!screening) return [title, { text: this.t('screening.notScreened'), italics: true }];
    const level = screening.level ? this.t(`vigilance.${screening.level}`) : this.t('vigilance.undetermined');
    const summary = this.fieldTable([
      ['screening.checkedAt', this.dateTime(new Date(screening.checkedAt))],
      ['screening.lists', screening.listVersions.join('\n')],
      [
        'screening.level',
        { text: level, bold: true, color: screening.level === 'heightened' ? red : undefined },
      ],
    ]);
    if (screening.hits.length === 0)
      return [title, summary, { text: this.t('screening.noHits'), margin: [0, 6, 0, 0] }];
    const header = ['list', 'entryId', 'matchedName', 'score', 'disposition'].map((c) => ({
      text: this.t(`screening.columns.${c}`),
      style: 'tableHeader',
    }));
    const rows = screening.hits.map((h) => [
      text(h.list),
      text(h.entryId),
      text(h.matchedName),
      { text: this.percent(h.score), alignment: 'right' as const },
      this.disposition(h.disposition),
    ]);
    return [
      title,
      summary,
      { text: this.t('screening.hits'), bold: true, margin: [0, 8, 0, 4] },
      {
        table: { headerRows: 1, widths: ['auto', 'auto', '*', 'auto', 'auto'], body: [header, ...rows] },
        layout: 'lightHorizontalLines',
      },
    ];
  }

  private section(key: string): Content {
    return { text: this.t(key), style: 'section' };
  }

  /** Two columns, label and value; empty values show a dash so a blank is visibly "nothing recorded". */
  private fieldTable(rows: [string, string | TableCell][]): Content {
    return {
      table: {
        widths: [170, '*'],
        body: rows.map(([key, value]) => [
          { text: this.t(key), style: 'label' },
          typeof value === 'string' ? text(value) || this.t('none') : value,
        ]),
      },
      layout: 'noBorders',
    };
  }

  private owners(links: TPersonData['beneficialOwners']): string {
    return links
      .map((o) => {
        const controls = o.controls.map((c) => this.t(`controls.${c.replaceAll('-', '_')}`));
        const share =
          o.ownershipPct === undefined ? [] : [this.t('ownership', { pct: this.number(o.ownershipPct) })];
        return this.join(this.nameOf(o.contactId), [...share, ...controls].join(', '));
      })
      .join('\n');
  }

  private disposition(value: string | null): string {
    const key = (value ?? 'open').replaceAll('-', '_');
    return this.t(`dispositions.${key}`, { defaultValue: value ?? '' });
  }

  private nameOf(contactId: string): string {
    return this.names.get(contactId) ?? this.t('unknownContact');
  }

  private join(name: string, detail: string): string {
    return detail ? `${name} (${detail})` : name;
  }

  private yesNo(value: boolean): string {
    return this.t(value ? 'yes' : 'no');
  }

  private address(a: { street: string; postalCode: string; city: string; country: string }): string {
    return `${a.street}, ${a.postalCode} ${a.city}, ${this.country(a.country)}`;
  }

  private country(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  private number(value: number): string {
    return new Intl.NumberFormat(this.locale, { maximumFractionDigits: 4 }).format(value);
  }

  private percent(score: number): string {
    return new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 0 }).format(score);
  }

  /** A calendar date `YYYY-MM-DD` as the reader writes it (e.g. 31/12/2030). */
  private date(iso: string): string {
    return formatDay(iso, this.input.lang);
  }

  /** Date and time in Brussels, e.g. 22/11/2026 10:30. */
  dateTime(at: Date): string {
    return formatMoment(at, this.input.lang);
  }

  private isoDate(at: Date): string {
    return brusselsDay(at);
  }
}

// Windows-1252 (what the standard PDF fonts encode) beyond Latin-1: typographic quotes, dashes, €, Œ, Š…
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text the standard fonts can draw: characters outside Windows-1252 (Polish, Czech, Cyrillic, Arabic
 * names…) are transliterated rather than printed as garbage. Names stay readable; the exact spelling is in
 * the contact's record.
 */
export function text(value: string): string {
  let out = '';
  for (const char of value.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const isDrawable = code === 10 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
    out += isDrawable || winAnsiExtras.has(char) ? char : anyAscii(char);
  }
  return out;
}
