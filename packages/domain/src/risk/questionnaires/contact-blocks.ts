import type { Question } from '../questionnaire.ts';
import { choice, field, whenAnswer, yesNo } from './build-question.ts';

const forLegalEntity = { fact: 'contactType', equals: 'legal' } as const;
const forNaturalPerson = { fact: 'contactType', equals: 'natural' } as const;

/** Does a natural person act on their own account? If not, beneficial owners (law of 18 September 2017 art. 4, 27°). */
export const ownAccountBlock: readonly Question[] = [
  yesNo('actsOnOwnAccount', { visibleWhen: forNaturalPerson }),
];

/** Legal form questions, only for entities (law of 18 September 2017, annex III). */
export const entityBlock: readonly Question[] = [
  choice(
    'entityForm',
    'single-choice',
    [
      'commercial-company',
      'company-in-formation',
      'non-profit',
      'foreign-non-profit',
      'trust-or-fiduciary',
      'de-facto-association',
      'public-body',
      'other',
    ],
    { visibleWhen: forLegalEntity },
  ),
  yesNo('bearerShares', {
    visibleWhen: {
      any: [whenAnswer('entityForm', 'commercial-company'), whenAnswer('entityForm', 'company-in-formation')],
    },
  }),
];

/**
 * PEP questions (law of 18 September 2017 art. 41): the contact, a beneficial owner
 * or a mandatary; family members and close associates count; status lasts at least 12 months
 * after leaving office.
 */
export const pepBlock: readonly Question[] = [
  yesNo('isPep', { helpKey: 'risk.q.isPep.help' }),
  choice('pepRole', 'single-choice', ['holder', 'family-member', 'close-associate'], {
    visibleWhen: whenAnswer('isPep', true),
  }),
  field('pepFunction', 'text', { visibleWhen: whenAnswer('isPep', true) }),
  yesNo('pepLeftOfficeOver12Months', { visibleWhen: whenAnswer('isPep', true) }),
];

/** Profile questions common to buyers and sellers (law of 18 September 2017, annex III; 2022 regulation). */
export const profileBlock: readonly Question[] = [
  yesNo('sensitiveSector', { helpKey: 'risk.q.sensitiveSector.help' }),
  choice(
    'sensitiveSectorKind',
    'single-choice',
    [
      'cash-intensive',
      'gambling',
      'arms-defence',
      'crypto-assets',
      'art-antiques-precious-goods',
      'construction-property-development',
      'money-services',
      'other',
    ],
    { visibleWhen: whenAnswer('sensitiveSector', true) },
  ),
  yesNo('geographicDistance'),
  yesNo('avoidsDirectContact', { visibleWhen: { fact: 'identifiedRemotely', equals: true } }),
  yesNo('unusualCharacteristics'),
  field('unusualCharacteristicsDetails', 'text', { visibleWhen: whenAnswer('unusualCharacteristics', true) }),
];

export { forLegalEntity };
