import { belgianProvince } from './belgian-province.ts';
import { indicatorsFor, type TGoAmlCodeMapping } from './code-mapping.ts';
import {
  cutToLength,
  latinNamePattern,
  removeInvalidXmlCharacters,
  toLatinName,
  xsdLength,
} from './fit-text.ts';
import type {
  TGoAmlAccount,
  TGoAmlAddress,
  TGoAmlAdjustment,
  TGoAmlEntity,
  TGoAmlPerson,
  TGoAmlProperty,
  TGoAmlReport,
  TGoAmlSubject,
  TGoAmlTransaction,
} from './report-model.ts';

/** One element of the goAML XML: a leaf with text, or children in the schema's order. */
export type TXmlElement = {
  name: string;
  text?: string;
  children?: TXmlElement[];
  /** The schema's maxLength for a leaf (generic goAML 5.0.1 limits). */
  max?: number;
  /** A personal or entity name: subject to the profile's Latin-only rule. */
  isName?: boolean;
};

// maxLength facets of the goAML 5.0.1 schema for the elements Vigilo writes.
const COMMENTS = 8000;

const leaf = (name: string, text: string, max?: number, isName = false): TXmlElement => ({
  name,
  text,
  ...(max ? { max } : {}),
  ...(isName ? { isName } : {}),
});
const node = (name: string, children: (TXmlElement | null | false)[]): TXmlElement => ({
  name,
  children: children.filter((c): c is TXmlElement => Boolean(c)),
});
const opt = (name: string, text: string | null | undefined, max?: number) =>
  text?.trim() ? leaf(name, text, max) : null;

/** goAML dates are xs:dateTime. */
export const goAmlDate = (isoDate: string) => `${isoDate.slice(0, 10)}T00:00:00`;
/** goAML amounts are decimals in the currency unit, from integer cents. */
export const goAmlAmount = (cents: number) =>
  `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;

class TreeWriter {
  constructor(private readonly mapping: TGoAmlCodeMapping) {}

  address(name: string, a: TGoAmlAddress): TXmlElement {
    const state = a.country === 'BE' ? (belgianProvince(a.postalCode) ?? a.city) : a.city;
    return node(name, [
      leaf('address_type', this.mapping.addressTypes[a.kind]),
      leaf('address', a.street, 100),
      leaf('city', a.city, 255),
      opt('zip', a.postalCode, 10),
      leaf('country_code', a.country),
      this.mapping.addressState ? leaf('state', state, 255) : null,
    ]);
  }

  /** The content of a `t_person` (also the base of `director_id`). */
  personChildren(p: TGoAmlPerson): TXmlElement[] {
    const genders = this.mapping.genders;
    return node('-', [
      genders && p.gender ? leaf('gender', genders[p.gender]) : null,
      leaf('first_name', p.firstName, 100, true),
      leaf('last_name', p.lastName, 100, true),
      p.birthDate ? leaf('birthdate', goAmlDate(p.birthDate)) : null,
      opt('birth_place', p.birthPlace, 255),
      opt('ssn', p.nationalNumber, 25),
      ...p.nationalities.slice(0, 3).map((c, i) => leaf(`nationality${i + 1}`, c)),
      p.residence ? leaf('residence', p.residence) : null,
      p.address ? node('addresses', [this.address('address', p.address)]) : null,
      opt('occupation', p.occupation, 255),
      p.identification
        ? node('identification', [
            leaf('type', this.mapping.identificationTypes[p.identification.documentType]),
            leaf('number', p.identification.number, 255),
            // Written only when recorded: never derived from the expiry date (the report invents nothing).
            p.identification.issueDate ? leaf('issue_date', goAmlDate(p.identification.issueDate)) : null,
            p.identification.expiryDate ? leaf('expiry_date', goAmlDate(p.identification.expiryDate)) : null,
            leaf('issue_country', p.identification.issueCountry),
          ])
        : null,
      opt('comments', p.comments, COMMENTS),
    ]).children!;
  }

  entity(name: string, e: TGoAmlEntity): TXmlElement {
    const legalForm = e.legalForm ? this.mapping.legalForms[e.legalForm.trim()] : undefined;
    return node(name, [
      leaf('name', e.name, 255, true),
      legalForm ? leaf('incorporation_legal_form', legalForm) : null,
      opt('incorporation_number', e.incorporationNumber, 50),
      e.address ? node('addresses', [this.address('address', e.address)]) : null,
      leaf('incorporation_country_code', e.incorporationCountry),
      ...e.relatedPersons.map((r) =>
        node('director_id', [
          ...this.personChildren(r.person),
          leaf('role', this.mapping.entityPersonRoles[r.role]),
        ]),
      ),
      opt('comments', e.comments, COMMENTS),
    ]);
  }

  subject(prefix: '' | 'from_' | 'to_', s: TGoAmlSubject): TXmlElement {
    return s.kind === 'person'
      ? node(`${prefix}person`, this.personChildren(s.person))
      : this.entity(`${prefix}entity`, s.entity);
  }

  item(p: TGoAmlProperty): TXmlElement {
    return node('item', [
      leaf('item_type', this.mapping.itemTypes.realEstate),
      leaf('description', p.description, COMMENTS),
      leaf('estimated_value', goAmlAmount(p.priceCents)),
      leaf('currency_code', 'EUR'),
      this.address('address', p.address),
    ]);
  }

  account(a: TGoAmlAccount): TXmlElement {
    return node('account', [
      leaf('institution_name', a.institutionName, 255),
      leaf('institution_code', a.institutionCode, 50),
      leaf('account', a.iban, 255),
      leaf('currency_code', 'EUR'),
      leaf('account_name', a.accountName ?? '-', 255, true),
      leaf('iban', a.iban, 34),
      ...a.signatories.map((p) => node('signatory', [node('t_person', this.personChildren(p))])),
    ]);
  }

  transaction(t: TGoAmlTransaction): TXmlElement {
    const byAccount = t.payment.kind === 'account';
    const cash = t.cashAmountCents !== null;
    const transmode = byAccount ? 'bankTransfer' : cash ? 'cash' : 'unknown';
    const countryOf = (s: TGoAmlSubject) =>
      s.kind === 'person'
        ? (s.person.residence ?? s.person.nationalities[0] ?? 'BE')
        : s.entity.incorporationCountry;
    const parties = t.parties.map((p) =>
      node('party', [
        leaf('role', this.mapping.partyRoles[p.role]),
        this.subject('', p.subject),
        p.role === 'buyer' && cash ? leaf('funds_code', this.mapping.funds.cash) : null,
        p.role === 'buyer' && cash && t.cashAmountCents
          ? leaf('funds_comment', goAmlAmount(t.cashAmountCents))
          : null,
        leaf('country', countryOf(p.subject)),
        leaf('significance', '8'),
      ]),
    );
    const payingAccount =
      t.payment.kind === 'account'
        ? node('party', [
            leaf('role', this.mapping.partyRoles.payingAccount),
            this.account(t.payment.account),
            leaf('funds_code', this.mapping.funds.bankTransfer),
            leaf('country', t.payment.account.iban.slice(0, 2)),
            leaf('significance', '6'),
          ])
        : null;
    return node('transaction', [
      leaf('transactionnumber', t.number, 100),
      leaf('internal_ref_number', t.number, 100),
      leaf('transaction_location', t.location, 255),
      leaf('transaction_description', t.description, COMMENTS),
      leaf('date_transaction', goAmlDate(t.date)),
      leaf('transmode_code', this.mapping.transmodes[transmode]),
      opt('transmode_comment', this.mapping.transmodeComment, 50),
      leaf('amount_local', goAmlAmount(t.amountCents)),
      node('involved_parties', [...parties, payingAccount]),
      node('goods_services', [this.item(t.property)]),
      t.payment.kind === 'unknown' ? opt('comments', t.payment.explanation, COMMENTS) : null,
    ]);
  }

  report(r: TGoAmlReport): TXmlElement {
    const m = this.mapping;
    return node('report', [
      m.schemaVersion ? leaf('schema_version', m.schemaVersion, 25) : null,
      leaf('rentity_id', String(r.reportingEntityId)),
      leaf('rentity_branch', r.branch, 255),
      leaf('submission_code', m.submissionCode),
      leaf('report_code', r.kind === 'SAR' ? m.reportCodes.sar : m.reportCodes.str),
      leaf('entity_reference', r.entityReference, 255),
      opt('fiu_ref_number', r.fiuRefNumber, 255),
      leaf('submission_date', goAmlDate(r.submissionDate)),
      leaf('currency_code_local', 'EUR'),
      node('reporting_person', [
        leaf('first_name', r.reportingPerson.firstName, 100, true),
        leaf('last_name', r.reportingPerson.lastName, 100, true),
        opt('email', r.reportingPerson.email, 255),
        leaf('occupation', r.reportingPerson.occupation, 255),
      ]),
      this.address('location', r.location),
      leaf('reason', r.reason, COMMENTS),
      leaf('action', r.action, COMMENTS),
      r.transaction
        ? this.transaction(r.transaction)
        : node('activity', [
            node(
              'report_parties',
              r.parties.map((p) =>
                node('report_party', [
                  this.subject('', p.subject),
                  leaf('significance', String(p.significance)),
                  leaf('reason', p.reason, COMMENTS),
                ]),
              ),
            ),
            r.property ? node('goods_services', [this.item(r.property)]) : null,
          ]),
      node(
        'report_indicators',
        indicatorsFor(m, r.factorCodes).map((code) => leaf('indicator', code)),
      ),
    ]);
  }
}

/** Options of the fitting pass. */
export type TFitOptions = {
  /** Transliteration to ASCII (the server passes any-ascii); needed when `latinNamesOnly` is set. */
  transliterate?: (text: string) => string;
};

function fitLeaf(
  el: TXmlElement,
  path: string,
  mapping: TGoAmlCodeMapping,
  options: TFitOptions,
  adjustments: TGoAmlAdjustment[],
): TXmlElement {
  const original = el.text!.trim();
  let value = removeInvalidXmlCharacters(original);
  if (value !== original.normalize('NFC')) {
    adjustments.push({ path, kind: 'characters-removed', original, written: value });
  }
  if (el.isName && mapping.latinNamesOnly && !latinNamePattern.test(value)) {
    const latin = toLatinName(value, options.transliterate ?? ((s) => s));
    adjustments.push({ path, kind: 'transliterated', original: value, written: latin });
    value = latin;
  }
  const stricter = mapping.maxLengths[el.name];
  const max = el.max && stricter ? Math.min(el.max, stricter) : (el.max ?? stricter);
  if (max && xsdLength(value) > max) {
    const cut = cutToLength(value, max);
    adjustments.push({ path, kind: 'truncated', original: value, written: cut, maxLength: max });
    value = cut;
  }
  return { name: el.name, text: value };
}

function fitTree(
  el: TXmlElement,
  path: string,
  mapping: TGoAmlCodeMapping,
  options: TFitOptions,
  adjustments: TGoAmlAdjustment[],
): TXmlElement {
  if (el.text !== undefined) return fitLeaf(el, path, mapping, options, adjustments);
  const children = el.children ?? [];
  const counts = new Map<string, number>();
  for (const c of children) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return {
    name: el.name,
    children: children.map((c) => {
      const n = (seen.get(c.name) ?? 0) + 1;
      seen.set(c.name, n);
      const step = (counts.get(c.name) ?? 0) > 1 ? `${c.name}[${n}]` : c.name;
      return fitTree(c, `${path}/${step}`, mapping, options, adjustments);
    }),
  };
}

/**
 * The goAML element tree of a report under one FIU's code mapping, fitted to the schema: invalid XML
 * characters removed, names transliterated when the FIU wants Latin only, texts cut at the schema's
 * length limits. Every change is listed in `adjustments` with the element's path, for the officer to see.
 */
export function buildGoAmlTree(
  report: TGoAmlReport,
  mapping: TGoAmlCodeMapping,
  options: TFitOptions = {},
): { tree: TXmlElement; adjustments: TGoAmlAdjustment[] } {
  const raw = new TreeWriter(mapping).report(report);
  const adjustments: TGoAmlAdjustment[] = [];
  const tree = fitTree(raw, 'report', mapping, options, adjustments);
  return { tree, adjustments };
}
