import type { Question, Questionnaire } from '../questionnaire.ts';
import { choice, field, whenAnswer, yesNo } from './build-question.ts';

/**
 * The rental's own wording of a question shared with the sale questionnaire: the id (and so every rule
 * on it — the cash hard stop, the price/valuation gap, the paying account) stays the same, the texts are
 * `risk.rentalQ.<id>.label` (options `risk.rentalQ.<id>.options.<value>`, help `risk.rentalQ.<id>.help`).
 */
function worded(question: Question): Question {
  const base = `risk.rentalQ.${question.id}`;
  return {
    ...question,
    labelKey: `${base}.label`,
    ...(question.helpKey ? { helpKey: `${base}.help` } : {}),
    ...(question.options
      ? { options: question.options.map((o) => ({ value: o.value, labelKey: `${base}.options.${o.value}` })) }
      : {}),
  };
}

/**
 * Atypical-transaction indicators of a rental of €10,000 or more a month (issue 14, item 11; loi
 * 18/09/2017 art. 5 §1 for the scope, art. 67 for cash): the rent against the market rent, rent paid far
 * in advance, cash, the paying account and its holder, funds from a high-risk country, a tenant whose
 * profile does not fit the rent, someone else behind the tenant. `priceCents` is the monthly rent.
 */
export const RENTAL_TRANSACTION_QUESTIONNAIRE: Questionnaire = {
  id: 'transaction-rental',
  version: 1,
  subject: 'transaction',
  questions: [
    worded(field('priceCents', 'amount')),
    worded(yesNo('valuationKnown')),
    worded(field('valuationCents', 'amount', { visibleWhen: whenAnswer('valuationKnown', true) })),
    yesNo('rentPaidInAdvance'),
    worded(yesNo('cashPayment', { helpKey: 'risk.q.cashPayment.help' })),
    field('cashAmountCents', 'amount', { visibleWhen: whenAnswer('cashPayment', true), required: false }),
    worded(yesNo('paymentAccountKnown')),
    worded(field('paymentAccountIban', 'iban', { visibleWhen: whenAnswer('paymentAccountKnown', true) })),
    worded(
      choice('paymentAccountHolder', 'single-choice', ['tenant', 'third-party'], {
        visibleWhen: whenAnswer('paymentAccountKnown', true),
      }),
    ),
    worded(field('financingExplanation', 'text', { visibleWhen: whenAnswer('paymentAccountKnown', false) })),
    yesNo('fundsFromHighRiskCountry'),
    field('fundsCountry', 'country', { visibleWhen: whenAnswer('fundsFromHighRiskCountry', true) }),
    yesNo('tenantProfileInconsistent'),
    worded(yesNo('thirdPartyBeneficiary')),
    field('thirdPartyBeneficiaryDetails', 'text', { visibleWhen: whenAnswer('thirdPartyBeneficiary', true) }),
    yesNo('unusualCircumstances'),
    field('unusualCircumstancesDetails', 'text', { visibleWhen: whenAnswer('unusualCircumstances', true) }),
  ],
};
