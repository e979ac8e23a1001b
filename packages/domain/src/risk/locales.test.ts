import { describe, expect, it } from 'vitest';
import en from '../../locales/en/risk.json';
import fr from '../../locales/fr/risk.json';
import nl from '../../locales/nl/risk.json';
import { FACTOR_CODES, reasonKeyOf } from './factor-catalog.ts';
import {
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  RENTAL_TRANSACTION_QUESTIONNAIRE,
  TRANSACTION_QUESTIONNAIRE,
} from './questionnaires/index.ts';
import type { AnswerErrorCode } from './validate-answers.ts';

function flatten(node: unknown, prefix = ''): Record<string, unknown> {
  if (typeof node !== 'object' || node === null) return { [prefix]: node };
  return Object.assign(
    {},
    ...Object.entries(node).map(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key)),
  );
}

const catalogs = { fr: flatten(fr), nl: flatten(nl), en: flatten(en) };
const questionnaires = [
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  TRANSACTION_QUESTIONNAIRE,
  RENTAL_TRANSACTION_QUESTIONNAIRE,
];
const errorCodes: AnswerErrorCode[] = [
  'required',
  'invalid-type',
  'invalid-option',
  'invalid-amount',
  'invalid-country',
  'invalid-iban',
  'invalid-date',
  'too-long',
  'unknown-question',
];

const usedKeys = [
  ...questionnaires.flatMap((q) => [
    `risk.questionnaire.${q.id}.title`,
    ...q.questions.flatMap((question) => [
      question.labelKey,
      ...(question.helpKey ? [question.helpKey] : []),
      ...(question.options ?? []).map((option) => option.labelKey),
    ]),
  ]),
  ...FACTOR_CODES.map(reasonKeyOf),
  'risk.factor.agency-criterion.reason',
  'risk.q.agencyCriterion.label',
  ...errorCodes.map((code) => `risk.error.${code}`),
  'risk.level.normal',
  'risk.level.heightened',
  ...['answer', 'contact', 'screening', 'policy'].map((source) => `risk.source.${source}`),
];

describe('risk locales', () => {
  it('have the same keys in fr, nl and en', () => {
    const frKeys = Object.keys(catalogs.fr).sort();
    expect(Object.keys(catalogs.nl).sort()).toEqual(frKeys);
    expect(Object.keys(catalogs.en).sort()).toEqual(frKeys);
  });

  it.each(Object.entries(catalogs))(
    '%s has a non-empty text for every key used by the domain',
    (_lang, catalog) => {
      for (const key of usedKeys) {
        expect(typeof catalog[key] === 'string' && (catalog[key] as string).trim() !== '', key).toBe(true);
      }
    },
  );

  it('keeps the interpolation of agency criteria in every language', () => {
    for (const catalog of Object.values(catalogs)) {
      expect(catalog['risk.factor.agency-criterion.reason']).toContain('{{label}}');
    }
  });
});
