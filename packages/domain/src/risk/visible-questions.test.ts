import { describe, expect, it } from 'vitest';
import { toFactView } from './contact-facts.ts';
import type { Condition, Questionnaire } from './questionnaire.ts';
import {
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  TRANSACTION_QUESTIONNAIRE,
} from './questionnaires/index.ts';
import { cleanCompany, cleanPerson } from './test-fixtures.ts';
import { evaluateCondition, visibleAnswers, visibleQuestions } from './visible-questions.ts';

const ids = (q: Questionnaire, answers: Record<string, unknown>, facts = toFactView(cleanPerson)) =>
  visibleQuestions(q, answers as never, facts).map((question) => question.id);

const person = toFactView(cleanPerson);
const company = toFactView(cleanCompany);
const remotePerson = toFactView({ ...cleanPerson, identificationMode: 'remote-eid' });

describe('visibleQuestions', () => {
  it('shows legal-entity questions only for entities, own-account only for persons', () => {
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, person)).toContain('actsOnOwnAccount');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, person)).not.toContain('entityForm');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, person)).not.toContain('equityBelowPrice');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, company)).toEqual(
      expect.arrayContaining(['entityForm', 'equityBelowPrice']),
    );
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, company)).not.toContain('actsOnOwnAccount');
  });

  it('asks about bearer shares only for companies', () => {
    expect(ids(CONTACT_SELLER_QUESTIONNAIRE, { entityForm: 'commercial-company' }, company)).toContain(
      'bearerShares',
    );
    expect(ids(CONTACT_SELLER_QUESTIONNAIRE, { entityForm: 'company-in-formation' }, company)).toContain(
      'bearerShares',
    );
    expect(ids(CONTACT_SELLER_QUESTIONNAIRE, { entityForm: 'non-profit' }, company)).not.toContain(
      'bearerShares',
    );
  });

  it('hides follow-ups of hidden questions (a stale entity answer for a person)', () => {
    expect(ids(CONTACT_SELLER_QUESTIONNAIRE, { entityForm: 'commercial-company' }, person)).not.toContain(
      'bearerShares',
    );
  });

  it('shows PEP follow-ups only after a PEP answer', () => {
    const pepFollowUps = ['pepRole', 'pepFunction', 'pepLeftOfficeOver12Months'];
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {})).not.toEqual(
      expect.arrayContaining(pepFollowUps.slice(0, 1)),
    );
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { isPep: false })).not.toContain('pepRole');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { isPep: true })).toEqual(expect.arrayContaining(pepFollowUps));
  });

  it('asks whether the client avoids contact only when identified remotely', () => {
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, person)).not.toContain('avoidsDirectContact');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, {}, remotePerson)).toContain('avoidsDirectContact');
  });

  it('shows choice follow-ups: sector kind, other source of funds, unusual details', () => {
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { sensitiveSector: true })).toContain('sensitiveSectorKind');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { sensitiveSector: false })).not.toContain('sensitiveSectorKind');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { sourceOfFunds: ['other'] })).toContain('sourceOfFundsOther');
    expect(ids(CONTACT_BUYER_QUESTIONNAIRE, { sourceOfFunds: ['own-savings'] })).not.toContain(
      'sourceOfFundsOther',
    );
    expect(ids(CONTACT_SELLER_QUESTIONNAIRE, { unusualCharacteristics: true })).toContain(
      'unusualCharacteristicsDetails',
    );
  });

  it('shows transaction follow-ups from earlier answers, without contact facts', () => {
    const show = (answers: Record<string, unknown>) =>
      visibleQuestions(TRANSACTION_QUESTIONNAIRE, answers as never, null).map((q) => q.id);
    expect(show({})).not.toEqual(expect.arrayContaining(['valuationCents']));
    expect(show({ valuationKnown: true })).toContain('valuationCents');
    expect(show({ cashPayment: true })).toContain('cashAmountCents');
    expect(show({ sellerAcquiredRecently: true })).toContain('previousPriceCents');
    expect(show({ paymentAccountKnown: true })).toEqual(
      expect.arrayContaining(['paymentAccountIban', 'paymentAccountHolder']),
    );
    expect(show({ paymentAccountKnown: true })).not.toContain('financingExplanation');
    expect(show({ paymentAccountKnown: false })).toContain('financingExplanation');
    expect(show({ paymentAccountKnown: false })).not.toContain('paymentAccountIban');
    expect(show({ fundsFromHighRiskCountry: true })).toContain('fundsCountry');
    expect(show({ thirdPartyBeneficiary: true })).toContain('thirdPartyBeneficiaryDetails');
    expect(show({ unusualCircumstances: true })).toContain('unusualCircumstancesDetails');
  });

  it('drops answers of hidden questions', () => {
    expect(visibleAnswers(CONTACT_BUYER_QUESTIONNAIRE, { isPep: false, pepRole: 'holder' }, person)).toEqual({
      isPep: false,
    });
  });

  it.each([CONTACT_BUYER_QUESTIONNAIRE, CONTACT_SELLER_QUESTIONNAIRE, TRANSACTION_QUESTIONNAIRE])(
    '$id: ids are unique and conditions only refer to earlier questions',
    (questionnaire) => {
      const seen = new Set<string>();
      const referenced = (condition: Condition): string[] => {
        if ('all' in condition) return condition.all.flatMap(referenced);
        if ('any' in condition) return condition.any.flatMap(referenced);
        if ('not' in condition) return referenced(condition.not);
        return 'answer' in condition ? [condition.answer] : [];
      };
      for (const question of questionnaire.questions) {
        for (const id of question.visibleWhen ? referenced(question.visibleWhen) : []) {
          expect(seen.has(id), `${question.id} refers to ${id}`).toBe(true);
        }
        expect(seen.has(question.id)).toBe(false);
        seen.add(question.id);
      }
    },
  );
});

describe('evaluateCondition', () => {
  it('combines all / any / not', () => {
    const condition: Condition = {
      all: [{ answer: 'a', equals: true }, { not: { any: [{ answer: 'b', equals: 'x' }] } }],
    };
    expect(evaluateCondition(condition, { a: true, b: 'y' }, null)).toBe(true);
    expect(evaluateCondition(condition, { a: true, b: 'x' }, null)).toBe(false);
    expect(evaluateCondition(condition, { a: false }, null)).toBe(false);
  });

  it('treats fact conditions as false without facts', () => {
    expect(evaluateCondition({ fact: 'contactType', equals: 'natural' }, {}, null)).toBe(false);
    expect(evaluateCondition({ not: { fact: 'contactType', equals: 'natural' } }, {}, null)).toBe(true);
  });
});
