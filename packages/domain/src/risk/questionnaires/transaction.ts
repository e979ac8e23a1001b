import type { Questionnaire } from '../questionnaire.ts';
import { choice, field, whenAnswer, yesNo } from './build-question.ts';

/**
 * Atypical-transaction indicators of a sale (M7; 2022 regulation; law of 18 September 2017 art. 35, §1;
 * art. 67) and the account the price is paid from, which the sale agreement must state.
 */
export const TRANSACTION_QUESTIONNAIRE: Questionnaire = {
  id: 'transaction',
  version: 1,
  subject: 'transaction',
  questions: [
    field('priceCents', 'amount'),
    yesNo('valuationKnown'),
    field('valuationCents', 'amount', { visibleWhen: whenAnswer('valuationKnown', true) }),
    yesNo('cashPayment', { helpKey: 'risk.q.cashPayment.help' }),
    field('cashAmountCents', 'amount', { visibleWhen: whenAnswer('cashPayment', true), required: false }),
    yesNo('sellerAcquiredRecently'),
    field('previousPriceCents', 'amount', { visibleWhen: whenAnswer('sellerAcquiredRecently', true) }),
    yesNo('paymentAccountKnown'),
    field('paymentAccountIban', 'iban', { visibleWhen: whenAnswer('paymentAccountKnown', true) }),
    choice('paymentAccountHolder', 'single-choice', ['buyer', 'third-party'], {
      visibleWhen: whenAnswer('paymentAccountKnown', true),
    }),
    field('financingExplanation', 'text', { visibleWhen: whenAnswer('paymentAccountKnown', false) }),
    yesNo('fundsFromHighRiskCountry'),
    field('fundsCountry', 'country', { visibleWhen: whenAnswer('fundsFromHighRiskCountry', true) }),
    yesNo('mortgageEarlyRepaid'),
    yesNo('buyerProfileInconsistent'),
    yesNo('thirdPartyBeneficiary'),
    field('thirdPartyBeneficiaryDetails', 'text', { visibleWhen: whenAnswer('thirdPartyBeneficiary', true) }),
    yesNo('unusualCircumstances'),
    field('unusualCircumstancesDetails', 'text', { visibleWhen: whenAnswer('unusualCircumstances', true) }),
  ],
};
