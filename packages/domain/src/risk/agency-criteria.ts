import type { AcceptancePolicy, AgencyCriterion } from './acceptance-policy.ts';
import type { Questionnaire } from './questionnaire.ts';

/** Question id of an agency criterion. */
export const agencyQuestionId = (criterion: Pick<AgencyCriterion, 'code'>): string =>
  `agency.${criterion.code}`;

/** The agency criteria of a policy that apply to a questionnaire. */
export function criteriaFor(questionnaire: Questionnaire, policy: AcceptancePolicy): AgencyCriterion[] {
  return policy.agencyCriteria.filter((criterion) => criterion.appliesTo.includes(questionnaire.subject));
}

/**
 * The questionnaire with the agency's own criteria appended as yes/no questions
 * (`agency.<code>`, labelled with the agency's texts): the agency's own criteria under the 2022 regulation.
 */
export function withAgencyCriteria(questionnaire: Questionnaire, policy: AcceptancePolicy): Questionnaire {
  const extra = criteriaFor(questionnaire, policy).map((criterion) => ({
    id: agencyQuestionId(criterion),
    kind: 'yes-no' as const,
    labelKey: 'risk.q.agencyCriterion.label',
    labelText: criterion.label,
    required: true,
  }));
  return { ...questionnaire, questions: [...questionnaire.questions, ...extra] };
}
