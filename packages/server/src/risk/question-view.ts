import {
  type Answers,
  type FactView,
  type Questionnaire,
  visibleQuestions,
} from '@vigilo/domain/risk/index.ts';

/** The questions that apply now, as the API shows them (risk profiles and transactions alike). */
export function presentVisibleQuestions(
  questionnaire: Questionnaire,
  answers: Answers,
  facts: FactView | null,
) {
  return visibleQuestions(questionnaire, answers, facts).map((q) => ({
    id: q.id,
    kind: q.kind,
    labelKey: q.labelKey,
    ...(q.helpKey ? { helpKey: q.helpKey } : {}),
    ...(q.labelText ? { labelText: q.labelText } : {}),
    ...(q.options ? { options: q.options.map((o) => ({ ...o })) } : {}),
    required: q.required,
  }));
}
