import type { TEntityData, TPersonData } from '@vigilo/domain/contracts/contacts.ts';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderAcceptancePdf, type TAcceptancePdfInput, text } from './acceptance-pdf.ts';

const ownerId = '5b0c5f0e-1111-4a4a-8a8a-000000000001';
const mandataryId = '5b0c5f0e-1111-4a4a-8a8a-000000000002';

const person: TPersonData = {
  kind: 'person',
  lastName: 'Dubois',
  firstNames: 'Élodie Marie',
  birthDate: '1984-03-09',
  birthPlace: 'Namur',
  nationalities: ['BE', 'FR'],
  address: { street: 'Rue de Fer 12', postalCode: '5000', city: 'Namur', country: 'BE' },
  needsProofOfAddress: false,
  idDocument: {
    type: 'belgian_eid',
    number: '592-1234567-89',
    expiryDate: '2025-06-30',
    issuingCountry: 'BE',
  },
  identificationMode: 'remote_copy',
  profession: 'Architecte',
  actsForOwnAccount: false,
  beneficialOwners: [{ contactId: ownerId, controls: [] }],
  notes: '',
};

const entity: TEntityData = {
  kind: 'entity',
  name: 'Immo Zénith SRL',
  entityType: 'company',
  legalForm: 'SRL',
  enterpriseNumber: '0403170701',
  registeredOffice: { street: 'Kouter 7', postalCode: '9000', city: 'Gent', country: 'BE' },
  administrators: ['Jan Peeters'],
  representationPowers: 'Chaque administrateur seul',
  publicationReferences: 'Moniteur belge 2019-04-12',
  mandataries: [{ contactId: mandataryId, power: 'Signature du compromis' }],
  beneficialOwners: [{ contactId: ownerId, ownershipPct: 62.5, controls: ['appoints-directors'] }],
  seniorManagingOfficials: [],
  notes: '',
};

function input(overrides: Partial<TAcceptancePdfInput>): TAcceptancePdfInput {
  return {
    lang: 'fr',
    organisation: {
      name: 'Agence Horizon',
      enterpriseNumberFormatted: '0123.456.749',
      address: 'Place Saint-Aubain 1, 5000 Namur',
    },
    contact: { displayName: 'DUBOIS Élodie Marie', kind: 'person', versionNo: 3, data: person },
    linkedContacts: [
      { id: ownerId, displayName: 'LAMBERT Paul' },
      { id: mandataryId, displayName: 'MAES Sofie' },
    ],
    screening: {
      checkedAt: '2026-11-20T10:15:00.000Z',
      listVersions: ['eu-sanctions 2026-11-18', 'un-sanctions 2026-11-17'],
      level: 'heightened',
      hits: [
        {
          list: 'eu-sanctions',
          entryId: 'EU.1234.56',
          matchedName: 'Elodie DUBOIS-MARTIN',
          score: 0.87,
          disposition: 'false_positive',
        },
        { list: 'pep', entryId: 'Q4711', matchedName: 'Élodie Dubois', score: 0.93, disposition: null },
      ],
    },
    generatedBy: 'Jan Peeters',
    generatedAt: new Date('2026-11-22T09:30:00.000Z'),
    ...overrides,
  };
}

async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: pdf });
  try {
    // Lines are joined so that a label broken over two lines in a table cell is still found.
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

describe('renderAcceptancePdf', () => {
  it('renders a person in French: identification, expired document, mode, screening hits, footer', async () => {
    const pdf = await renderAcceptancePdf(input({}));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const content = await pdfText(pdf);
    for (const expected of [
      'Agence Horizon',
      "N° d'entreprise 0123.456.749",
      "Document d'acceptation du client",
      'DUBOIS Élodie Marie',
      'version 3',
      'Date de naissance',
      '09/03/1984',
      'Belgique, France',
      'Bénéficiaires effectifs',
      'LAMBERT Paul',
      '592-1234567-89',
      "Carte d'identité électronique belge",
      'EXPIRÉ',
      "Mode d'identification",
      "sur la base d'une copie",
      'Vigilance accrue',
      'eu-sanctions 2026-11-18',
      'EU.1234.56',
      'Elodie DUBOIS-MARTIN',
      '87 %',
      'Faux positif',
      'Q4711',
      'À examiner',
      'Établi le 22/11/2026 10:30 par Jan Peeters',
      'Page 1 / 1',
      'Pièce du dossier de l’agence — ne jamais la remettre au client',
    ]) {
      expect(content, expected).toContain(expected);
    }
    // No issue date was recorded: none is printed, nor derived from the expiry date.
    expect(content).not.toContain('Date de délivrance');
  });

  it('renders an entity in Dutch with mandataries and beneficial owners by name', async () => {
    const pdf = await renderAcceptancePdf(
      input({
        lang: 'nl',
        contact: {
          displayName: 'Immo Zénith SRL',
          kind: 'entity',
          versionNo: 1,
          data: entity,
          kboExtract: { snapshotDate: '2025-05-30', extractNumber: '136' },
        },
        screening: {
          checkedAt: '2026-11-20T10:15:00.000Z',
          listVersions: ['be-national 2026-10-01'],
          level: 'normal',
          hits: [],
        },
      }),
    );
    const content = await pdfText(pdf);
    for (const expected of [
      'Acceptatiedocument van de cliënt',
      'Ondernemingsnummer 0123.456.749',
      'Immo Zénith SRL',
      'Vennootschap',
      '0403170701',
      'Maatschappelijke zetel',
      'Kouter 7, 9000 Gent, België',
      // The version was filled in from the KBO: its dated source.
      'Bron: KBO/BCE-extract van 30/05/2025 (extract nr. 136)',
      'Lasthebbers',
      'MAES Sofie (Signature du compromis)',
      'Uiteindelijke begunstigden',
      'LAMBERT Paul (62,5 %, benoemt de bestuurders)',
      'Niet van toepassing op een rechtspersoon',
      'Identificatie door het kantoor',
      'Normale waakzaamheid',
      'Geen overeenkomst',
      'Opgesteld op 22/11/2026 10:30 door Jan Peeters',
      'Pagina 1 / 1',
    ]) {
      expect(content, expected).toContain(expected);
    }
  });

  it('renders a person in Dutch with a valid document, and an entity in French not yet screened', async () => {
    const valid = {
      ...person,
      idDocument: { ...person.idDocument, issueDate: '2021-02-01', expiryDate: '2031-01-31' },
    };
    const nl = await pdfText(
      await renderAcceptancePdf(
        input({
          lang: 'nl',
          contact: { displayName: 'DUBOIS Élodie', kind: 'person', versionNo: 1, data: valid },
        }),
      ),
    );
    expect(nl).toContain('Geldig op de datum van dit document');
    expect(nl).not.toContain('VERLOPEN');
    expect(nl).toContain('Geboortedatum');
    expect(nl).toMatch(/Datum van afgifte\s*01\/02\/2021/);
    expect(nl).toContain('Vals positief');

    const fr = await pdfText(
      await renderAcceptancePdf(
        input({
          contact: { displayName: 'Immo Zénith SRL', kind: 'entity', versionNo: 2, data: entity },
          screening: null,
        }),
      ),
    );
    expect(fr).toContain("Ce contact n'a pas encore été dépisté.");
    expect(fr).toContain('Mandataires');
    expect(fr).toContain('Dénomination');
  });

  it('never mentions a declaration or CTIF, whatever the contact', async () => {
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const content = await pdfText(await renderAcceptancePdf(input({ lang })));
      // Word boundaries: « effectifs » contains the letters c-t-i-f.
      expect(content).not.toMatch(/\bCTIF\b|\bCFI\b|déclaration|melding|declaration/i);
    }
  });

  it('summarises due diligence: missing data, each owner verified or not, the UBO register and its report', async () => {
    const dueDiligence = {
      missingData: ['administrators'],
      owners: [
        { displayName: 'LAMBERT Paul', verifiedOn: '2026-11-02', method: 'ubo-register' as const },
        { displayName: 'MAES Sofie', verifiedOn: null, method: null },
      ],
      uboRegister: { extractDate: '2026-11-01', differs: true, reportedOn: '2026-11-03' },
    };
    const en = await pdfText(
      await renderAcceptancePdf(
        input({
          lang: 'en',
          contact: { displayName: 'Immo Zénith SRL', kind: 'entity', versionNo: 2, data: entity },
          dueDiligence,
        }),
      ),
    );
    for (const expected of [
      'Due diligence',
      'Mandatory identification data missing: Directors (or trustees)',
      'Verified on 02/11/2026 against the UBO register extract',
      'Not verified: the contact cannot be accepted',
      'differs from the recorded beneficial owners',
      'Discrepancy reported to the UBO register on 03/11/2026',
    ])
      expect(en, expected).toContain(expected);
    for (const lang of ['fr', 'nl', 'en'] as const) {
      const content = await pdfText(await renderAcceptancePdf(input({ lang, dueDiligence })));
      expect(content).not.toMatch(/\bCTIF\b|\bCFI\b|déclaration|melding|declaration/i);
    }
  });

  it('transliterates characters the standard fonts cannot draw', () => {
    expect(text('Łukasz Wałęsa')).toBe('Lukasz Walesa');
    expect(text('Žofie Müller — “Œuvre” €')).toBe('Žofie Müller — “Œuvre” €');
    expect(text('Владимир')).toBe('Vladimir');
  });
});
