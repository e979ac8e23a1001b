import type { Condition, Question, QuestionKind } from '../questionnaire.ts';

type Extra = Partial<Pick<Question, 'required' | 'visibleWhen' | 'helpKey'>>;

const labelKey = (id: string) => `risk.q.${id}.label`;

/** A required yes/no question labelled `risk.q.<id>.label`. */
export const yesNo = (id: string, extra: Extra = {}): Question => ({
  id,
  kind: 'yes-no',
  labelKey: labelKey(id),
  required: true,
  ...extra,
});

/** A required choice question; options are labelled `risk.q.<id>.options.<value>`. */
export const choice = (
  id: string,
  kind: 'single-choice' | 'multi-choice',
  values: readonly string[],
  extra: Extra = {},
): Question => ({
  id,
  kind,
  labelKey: labelKey(id),
  options: values.map((value) => ({ value, labelKey: `risk.q.${id}.options.${value}` })),
  required: true,
  ...extra,
});

/** A required free-form question (text, amount, country, IBAN, date). */
export const field = (
  id: string,
  kind: Exclude<QuestionKind, 'yes-no' | 'single-choice' | 'multi-choice'>,
  extra: Extra = {},
): Question => ({
  id,
  kind,
  labelKey: labelKey(id),
  required: true,
  ...extra,
});

/** Shows when an earlier answer equals a value. */
export const whenAnswer = (answer: string, equals: boolean | string): Condition => ({ answer, equals });
