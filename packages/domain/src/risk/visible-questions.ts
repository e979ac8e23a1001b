import type { Answers, Condition, FactView, Question, Questionnaire } from './questionnaire.ts';

/** Whether a condition holds, given the answers of visible questions and the contact's facts. */
export function evaluateCondition(condition: Condition, answers: Answers, facts: FactView | null): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers, facts));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers, facts));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, facts);
  if ('fact' in condition) return facts !== null && facts[condition.fact] === condition.equals;
  const value = answers[condition.answer];
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return value === condition.equals;
}

/**
 * The questions that apply, in order. A question shows when its condition holds on the answers
 * of the questions shown before it and on the contact's facts; answers to hidden questions do
 * not count, so hiding a question also hides its follow-ups. Without facts (transaction
 * questionnaire), fact conditions are false.
 */
export function visibleQuestions(
  questionnaire: Questionnaire,
  answers: Answers,
  facts: FactView | null,
): Question[] {
  const shown: Question[] = [];
  const effective: Record<string, Answers[string]> = {};
  for (const question of questionnaire.questions) {
    if (question.visibleWhen && !evaluateCondition(question.visibleWhen, effective, facts)) continue;
    shown.push(question);
    effective[question.id] = answers[question.id];
  }
  return shown;
}

/** The answers of visible questions only (hidden ones are stale and must not count). */
export function visibleAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  facts: FactView | null,
): Answers {
  return Object.fromEntries(
    visibleQuestions(questionnaire, answers, facts)
      .filter((question) => answers[question.id] !== undefined)
      .map((question) => [question.id, answers[question.id]]),
  );
}
