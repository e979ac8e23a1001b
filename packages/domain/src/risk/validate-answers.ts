import { parseIban } from '../identifiers/index.ts';
import type { Answers, AnswerValue, FactView, Question, Questionnaire } from './questionnaire.ts';
import { visibleQuestions } from './visible-questions.ts';

/** Why an answer was refused; the web shows `risk.error.<code>` next to the question. */
export type AnswerErrorCode =
  | 'required'
  | 'invalid-type'
  | 'invalid-option'
  | 'invalid-amount'
  | 'invalid-country'
  | 'invalid-iban'
  | 'invalid-date'
  | 'too-long'
  | 'unknown-question';

/** A refused answer. */
export interface AnswerError {
  questionId: string;
  code: AnswerErrorCode;
}

/** Longest free-text answer accepted. */
export const MAX_TEXT_ANSWER_LENGTH = 2000;

type Checked = { value: AnswerValue } | { error: AnswerErrorCode };

function isRealIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

function checkAnswer(question: Question, value: AnswerValue): Checked {
  const options = new Set((question.options ?? []).map((option) => option.value));
  switch (question.kind) {
    case 'yes-no':
      return typeof value === 'boolean' ? { value } : { error: 'invalid-type' };
    case 'single-choice':
      if (typeof value !== 'string') return { error: 'invalid-type' };
      return options.has(value) ? { value } : { error: 'invalid-option' };
    case 'multi-choice':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return { error: 'invalid-type' };
      if (!value.every((v) => options.has(v))) return { error: 'invalid-option' };
      return value.length === 0 ? { error: 'required' } : { value: [...new Set(value)] };
    case 'text': {
      if (typeof value !== 'string') return { error: 'invalid-type' };
      const text = value.trim();
      if (text.length > MAX_TEXT_ANSWER_LENGTH) return { error: 'too-long' };
      return text === '' ? { error: 'required' } : { value: text };
    }
    case 'amount':
      return Number.isSafeInteger(value) && (value as number) >= 0 ? { value } : { error: 'invalid-amount' };
    case 'country':
      return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value)
        ? { value: value.toUpperCase() }
        : { error: 'invalid-country' };
    case 'iban': {
      if (typeof value !== 'string') return { error: 'invalid-type' };
      const parsed = parseIban(value);
      return parsed.ok ? { value: parsed.value.electronic } : { error: 'invalid-iban' };
    }
    case 'date':
      return typeof value === 'string' && isRealIsoDate(value) ? { value } : { error: 'invalid-date' };
  }
}

/**
 * Validates answers against the questions that apply: required visible questions must be
 * answered, each answer must fit its kind (option, cents, ISO country, valid IBAN, ISO date).
 * Answers to hidden questions are dropped (they are stale after an earlier answer changed);
 * answers to unknown questions are errors. Returns the normalised answers (trimmed text,
 * upper-case country, electronic IBAN).
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  facts: FactView | null,
): { ok: true; value: Record<string, AnswerValue> } | { ok: false; errors: AnswerError[] } {
  const errors: AnswerError[] = [];
  const known = new Set(questionnaire.questions.map((question) => question.id));
  for (const questionId of Object.keys(answers)) {
    if (!known.has(questionId)) errors.push({ questionId, code: 'unknown-question' });
  }
  const normalised: Record<string, AnswerValue> = {};
  for (const question of visibleQuestions(questionnaire, answers, facts)) {
    const value = answers[question.id];
    if (value === undefined) {
      if (question.required) errors.push({ questionId: question.id, code: 'required' });
      continue;
    }
    const checked = checkAnswer(question, value);
    if ('error' in checked) errors.push({ questionId: question.id, code: checked.error });
    else normalised[question.id] = checked.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: normalised };
}
