import { describe, expect, it } from 'vitest';
import { buildGoAmlReport, institutionCodeOf } from './build-report.ts';
import { GENERIC_GOAML_501_MAPPING, indicatorsFor, ZGoAmlCodeMapping } from './code-mapping.ts';
import { cutToLength, removeInvalidXmlCharacters, xsdLength } from './fit-text.ts';
import { buildGoAmlTree, goAmlAmount, type TXmlElement } from './report-tree.ts';
import { companyCase, personCase, saleCase } from './test-fixtures.ts';

function find(el: TXmlElement, path: string): TXmlElement | undefined {
  const [head, ...rest] = path.split('/');
  const child = el.children?.find((c) => c.name === head);
  return rest.length && child ? find(child, rest.join('/')) : child;
}
const all = (el: TXmlElement, name: string): TXmlElement[] =>
  (el.children ?? []).flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);

describe('buildGoAmlReport', () => {
  it('reports a natural person as a SAR party with identification, address, nationality and gender', () => {
    const report = buildGoAmlReport(personCase());
    expect(report.kind).toBe('SAR');
    expect(report.parties).toHaveLength(1);
    const party = report.parties[0]!;
    expect(party.relation).toBe('subject');
    if (party.subject.kind !== 'person') throw new Error('person expected');
    expect(party.subject.person).toMatchObject({
      firstName: 'Élodie Marie',
      lastName: "D'Hondt",
      gender: 'male',
      nationalNumber: '85073003328',
      nationalities: ['BE'],
      residence: 'BE',
      identification: { documentType: 'belgian_eid', number: '592-1234567-89', issueCountry: 'BE' },
    });
  });

  it('reports a company with its two beneficial owners and its mandatary as related persons', () => {
    const report = buildGoAmlReport(companyCase());
    const entity = report.parties[0]!.subject;
    if (entity.kind !== 'entity') throw new Error('entity expected');
    expect(entity.entity.incorporationNumber).toBe('0403170701');
    expect(entity.entity.relatedPersons.map((r) => [r.role, r.person.lastName, r.detail])).toEqual([
      ['beneficialOwner', 'Петров', '60%'],
      ['beneficialOwner', '王', '40%, appoints-directors'],
      ['mandatary', "O'Brien", 'Procuration du 3 mars 2025'],
    ]);
  });

  it('reports a person acting for someone else with that beneficial owner as a party of its own', () => {
    const input = personCase({
      actsForOwnAccount: false,
      beneficialOwners: [{ contactId: 'bo', controls: [] }],
    });
    input.contacts.bo = companyCase().contacts.mandatary!;
    const report = buildGoAmlReport(input);
    expect(report.parties.map((p) => [p.relation, p.reason])).toEqual([
      ['subject', 'Contact faisant l’objet de la déclaration'],
      ['beneficialOwner', "Bénéficiaire effectif de D'HONDT Élodie"],
    ]);
  });

  it('builds an STR for a sale with two buyers paying from a Belgian account', () => {
    const report = buildGoAmlReport(saleCase());
    expect(report.kind).toBe('STR');
    const deal = report.transaction!;
    expect(deal.parties.map((p) => p.role)).toEqual(['buyer', 'buyer', 'seller']);
    expect(deal.payment).toMatchObject({
      kind: 'account',
      account: {
        iban: 'BE68539007547034',
        institutionCode: '539',
        institutionName: 'BE 539',
        holder: 'buyer',
      },
    });
    if (deal.payment.kind === 'account') expect(deal.payment.account.signatories).toHaveLength(2);
    expect(deal.cashAmountCents).toBe(500_000);
    expect(deal.property.priceCents).toBe(35_000_000);
  });

  it('says why there is no paying account', () => {
    const input = saleCase();
    input.transaction!.answers = { paymentAccountKnown: false, financingExplanation: 'Prêt hypothécaire' };
    expect(buildGoAmlReport(input).transaction!.payment).toEqual({
      kind: 'unknown',
      explanation: 'Prêt hypothécaire',
    });
  });

  it('reads the bank code of an IBAN', () => {
    expect(institutionCodeOf('BE68 5390 0754 7034')).toBe('539');
    expect(institutionCodeOf('NL91ABNA0417164300')).toBe('ABNA');
  });
});

describe('buildGoAmlTree', () => {
  it('writes the header, the parties and the indicators with the mapping’s codes', () => {
    const mapping = {
      ...GENERIC_GOAML_501_MAPPING,
      indicators: { 'cash-payment': ['CASH1'], pep: ['PEP', 'CASH1'] },
    };
    const { tree, adjustments } = buildGoAmlTree(buildGoAmlReport(companyCase()), mapping);
    expect(adjustments).toEqual([]);
    expect(find(tree, 'report_code')?.text).toBe('SAR');
    expect(find(tree, 'rentity_id')?.text).toBe('4711');
    expect(find(tree, 'submission_date')?.text).toBe('2025-06-02T00:00:00');
    expect(all(tree, 'indicator').map((i) => i.text)).toEqual(['CASH1', 'PEP']);
    const roles = all(tree, 'director_id').map((d) => d.children!.at(-1)!.text);
    expect(roles).toEqual(['UBO', 'UBO', 'GA']);
  });

  it('writes the STR parties, the paying account and the property', () => {
    const { tree } = buildGoAmlTree(buildGoAmlReport(saleCase()), GENERIC_GOAML_501_MAPPING);
    const transaction = find(tree, 'transaction')!;
    expect(find(transaction, 'amount_local')?.text).toBe('350000.00');
    expect(all(transaction, 'party').map((p) => p.children![0]!.text)).toEqual(['A', 'A', 'B', 'C']);
    expect(find(transaction, 'goods_services/item/item_type')?.text).toBe('RE');
    expect(all(transaction, 'signatory')).toHaveLength(2);
  });

  it('cuts texts at the schema’s limits and says so, with the element path', () => {
    const input = personCase({ lastName: 'Ł'.repeat(130) });
    input.texts.reason = 'x'.repeat(9000);
    const { tree, adjustments } = buildGoAmlTree(buildGoAmlReport(input), GENERIC_GOAML_501_MAPPING);
    expect(adjustments.map((a) => [a.path, a.kind, a.maxLength, xsdLength(a.written)])).toEqual([
      ['report/reason', 'truncated', 8000, 8000],
      ['report/activity/report_parties/report_party/person/last_name', 'truncated', 100, 100],
    ]);
    expect(find(tree, 'reason')?.text).toHaveLength(8000);
  });

  it('transliterates names when the FIU admits Latin letters only, and reports it', () => {
    const mapping = { ...GENERIC_GOAML_501_MAPPING, latinNamesOnly: true };
    const fake = (s: string) =>
      s
        .replace('Петров', 'Petrov')
        .replace('Иван', 'Ivan')
        .replace('王', 'Wang')
        .replace('伟', 'Wei')
        .replace('œ', 'oe');
    const { adjustments } = buildGoAmlTree(buildGoAmlReport(companyCase()), mapping, { transliterate: fake });
    expect(
      adjustments.filter((a) => a.kind === 'transliterated').map((a) => `${a.original}→${a.written}`),
    ).toEqual([
      'Immobilière Sœurs & Fils SRL→Immobiliere Soeurs Fils SRL',
      'Иван→Ivan',
      'Петров→Petrov',
      '伟→Wei',
      '王→Wang',
      'Seán→Sean',
    ]);
  });

  it('removes characters XML cannot carry and reports it', () => {
    const { adjustments } = buildGoAmlTree(
      buildGoAmlReport(personCase({ profession: 'Archi\u0007tecte' })),
      GENERIC_GOAML_501_MAPPING,
    );
    expect(adjustments).toEqual([
      {
        path: 'report/activity/report_parties/report_party/person/occupation',
        kind: 'characters-removed',
        original: 'Archi\u0007tecte',
        written: 'Architecte',
      },
    ]);
  });
});

describe('what some FIUs require beyond codes', () => {
  it('writes the province as state, cuts to stricter lengths, and never derives an issue date', () => {
    const mapping = {
      ...GENERIC_GOAML_501_MAPPING,
      addressState: true,
      transmodeComment: 'E',
      maxLengths: { occupation: 5 },
    };
    const idDocument = {
      type: 'belgian_eid' as const,
      number: '592-1234567-89',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    };
    const { tree, adjustments } = buildGoAmlTree(buildGoAmlReport(personCase({ idDocument })), mapping);
    const person = find(tree, 'activity/report_parties/report_party/person')!;
    expect(find(person, 'addresses/address/state')?.text).toBe('Liège');
    // Not recorded: left out, never computed from the expiry date.
    expect(find(person, 'identification/issue_date')).toBeUndefined();
    expect(find(person, 'identification/expiry_date')?.text).toBe('2031-01-01T00:00:00');
    expect(adjustments.map((a) => [a.kind, a.written])).toEqual([
      ['truncated', 'Respo'],
      ['truncated', 'Archi'],
    ]);
    expect(find(tree, 'location/state')?.text).toBe('Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest');
  });
});

describe('identity document dates', () => {
  it('writes the issue date as recorded on the identification', () => {
    const idDocument = {
      type: 'belgian_eid' as const,
      number: '592-1234567-89',
      issueDate: '2021-01-04',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    };
    const { tree } = buildGoAmlTree(buildGoAmlReport(personCase({ idDocument })), GENERIC_GOAML_501_MAPPING);
    const person = find(tree, 'activity/report_parties/report_party/person')!;
    expect(find(person, 'identification/issue_date')?.text).toBe('2021-01-04T00:00:00');
  });
});

describe('text fitting', () => {
  it('counts and cuts code points, never half a surrogate pair', () => {
    expect(xsdLength('😀é')).toBe(2);
    expect(cutToLength('😀😀😀', 2)).toBe('😀😀');
    expect(removeInvalidXmlCharacters('a\uD800b\u0000c\u000Ad')).toBe('abc\nd');
  });
  it('formats amounts from cents', () => {
    expect(goAmlAmount(35_000_000)).toBe('350000.00');
    expect(goAmlAmount(5)).toBe('0.05');
  });
});

describe('code mapping', () => {
  it('accepts the generic mapping and refuses a mapping with a missing code', () => {
    expect(ZGoAmlCodeMapping.safeParse(GENERIC_GOAML_501_MAPPING).success).toBe(true);
    const { reportCodes: _r, ...broken } = GENERIC_GOAML_501_MAPPING;
    expect(ZGoAmlCodeMapping.safeParse(broken).success).toBe(false);
  });
  it('falls back when no factor maps to an indicator', () => {
    expect(indicatorsFor(GENERIC_GOAML_501_MAPPING, ['pep'])).toEqual(['-']);
  });
});
