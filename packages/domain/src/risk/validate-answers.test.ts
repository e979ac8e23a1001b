import { describe, expect, it } from 'vitest';
import { toFactView } from './contact-facts.ts';
import { CONTACT_BUYER_QUESTIONNAIRE, TRANSACTION_QUESTIONNAIRE } from './questionnaires/index.ts';
import { cleanBuyerAnswers, cleanPerson, cleanTransactionAnswers } from './test-fixtures.ts';
import { validateAnswers } from './validate-answers.ts';

const person = toFactView(cleanPerson);

describe('validateAnswers', () => {
  it('accepts complete clean answers', () => {
    expect(validateAnswers(CONTACT_BUYER_QUESTIONNAIRE, cleanBuyerAnswers, person)).toEqual({
      ok: true,
      value: cleanBuyerAnswers,
    });
  });

  it('requires every visible required question, and only those', () => {
    const result = validateAnswers(
      CONTACT_BUYER_QUESTIONNAIRE,
      { ...cleanBuyerAnswers, isPep: true },
      person,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'pepRole', code: 'required' },
        { questionId: 'pepFunction', code: 'required' },
        { questionId: 'pepLeftOfficeOver12Months', code: 'required' },
      ],
    });
  });

  it('gives a typed error per question', () => {
    const result = validateAnswers(
      TRANSACTION_QUESTIONNAIRE,
      {
        ...cleanTransactionAnswers,
        priceCents: 12.5,
        cashPayment: 'no',
        paymentAccountIban: 'BE68539007547035',
        paymentAccountHolder: 'neighbour',
        fundsFromHighRiskCountry: true,
        fundsCountry: 'Belgium',
        unusualCircumstances: true,
        unusualCircumstancesDetails: '   ',
        bogus: true,
      },
      null,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { questionId: 'bogus', code: 'unknown-question' },
        { questionId: 'priceCents', code: 'invalid-amount' },
        { questionId: 'cashPayment', code: 'invalid-type' },
        { questionId: 'paymentAccountIban', code: 'invalid-iban' },
        { questionId: 'paymentAccountHolder', code: 'invalid-option' },
        { questionId: 'fundsCountry', code: 'invalid-country' },
        { questionId: 'unusualCircumstancesDetails', code: 'required' },
      ],
    });
  });

  it('refuses bad multi-choice answers and over-long text', () => {
    const base = { ...cleanBuyerAnswers };
    expect(
      validateAnswers(CONTACT_BUYER_QUESTIONNAIRE, { ...base, sourceOfFunds: [] }, person),
    ).toMatchObject({
      errors: [{ questionId: 'sourceOfFunds', code: 'required' }],
    });
    expect(
      validateAnswers(CONTACT_BUYER_QUESTIONNAIRE, { ...base, sourceOfFunds: ['lottery'] }, person),
    ).toMatchObject({ errors: [{ questionId: 'sourceOfFunds', code: 'invalid-option' }] });
    expect(
      validateAnswers(
        CONTACT_BUYER_QUESTIONNAIRE,
        { ...base, sourceOfFunds: ['other'], sourceOfFundsOther: 'x'.repeat(2001) },
        person,
      ),
    ).toMatchObject({ errors: [{ questionId: 'sourceOfFundsOther', code: 'too-long' }] });
  });

  it('normalises answers and drops answers of hidden questions', () => {
    const result = validateAnswers(
      TRANSACTION_QUESTIONNAIRE,
      {
        ...cleanTransactionAnswers,
        paymentAccountIban: 'be68 5390 0754 7034',
        fundsFromHighRiskCountry: true,
        fundsCountry: 'ir',
        cashAmountCents: 500,
        unusualCircumstances: true,
        unusualCircumstancesDetails: '  paid by an offshore company  ',
      },
      null,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.paymentAccountIban).toBe('BE68539007547034');
    expect(result.value.fundsCountry).toBe('IR');
    expect(result.value.unusualCircumstancesDetails).toBe('paid by an offshore company');
    expect(result.value).not.toHaveProperty('cashAmountCents');
  });
});

describe('validateAnswers on date questions', () => {
  const questionnaire = {
    id: 'dates',
    version: 1,
    subject: 'transaction' as const,
    questions: [{ id: 'signedOn', kind: 'date' as const, labelKey: 'x', required: false }],
  };

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['29/02/2024', false],
  ])('%s valid: %s', (date, isValid) => {
    expect(validateAnswers(questionnaire, { signedOn: date }, null).ok).toBe(isValid);
  });

  it('lets optional questions go unanswered', () => {
    expect(validateAnswers(questionnaire, {}, null)).toEqual({ ok: true, value: {} });
  });
});
