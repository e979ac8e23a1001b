import type { Questionnaire } from '../questionnaire.ts';
import { yesNo } from './build-question.ts';
import { entityBlock, ownAccountBlock, pepBlock, profileBlock } from './contact-blocks.ts';

/** Risk profile of a contact as seller (M5; law of 18 September 2017 art. 19, §2, annex III; 2022 regulation). */
export const CONTACT_SELLER_QUESTIONNAIRE: Questionnaire = {
  id: 'contact-seller',
  version: 1,
  subject: 'contact-seller',
  questions: [...ownAccountBlock, ...entityBlock, ...pepBlock, yesNo('priceWellBelowValue'), ...profileBlock],
};
