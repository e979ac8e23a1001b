import type { Questionnaire } from '../questionnaire.ts';
import { choice, field, yesNo } from './build-question.ts';
import { entityBlock, forLegalEntity, ownAccountBlock, pepBlock, profileBlock } from './contact-blocks.ts';

/** Risk profile of a contact as buyer (M5; law of 18 September 2017 art. 19, §2, annex III; 2022 regulation). */
export const CONTACT_BUYER_QUESTIONNAIRE: Questionnaire = {
  id: 'contact-buyer',
  version: 1,
  subject: 'contact-buyer',
  questions: [
    ...ownAccountBlock,
    ...entityBlock,
    ...pepBlock,
    choice('sourceOfFunds', 'multi-choice', [
      'own-savings',
      'mortgage-loan',
      'sale-of-property',
      'inheritance-or-gift',
      'business-income',
      'other',
      'unknown',
    ]),
    field('sourceOfFundsOther', 'text', { visibleWhen: { answer: 'sourceOfFunds', includes: 'other' } }),
    yesNo('disproportionWithSituation'),
    yesNo('equityBelowPrice', { visibleWhen: forLegalEntity }),
    ...profileBlock,
  ],
};
