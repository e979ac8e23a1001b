/** What a questionnaire assesses (capability M5 and M7). */
export type QuestionnaireSubject = 'contact-buyer' | 'contact-seller' | 'transaction';

/** Answer kinds; most answers are ticks (yes/no), as in the source tool. */
export type QuestionKind =
  | 'yes-no'
  | 'single-choice'
  | 'multi-choice'
  | 'text'
  | 'amount'
  | 'country'
  | 'iban'
  | 'date';

/** A stored answer: boolean, option value, option values, text, cents, ISO country, IBAN, ISO date. */
export type AnswerValue = boolean | string | number | readonly string[];

/** Answers keyed by question id. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Facts about the contact that questions may depend on (derived from {@link ContactFacts}). */
export interface FactView {
  contactType: 'natural' | 'legal';
  identifiedRemotely: boolean;
  isResident: boolean;
}

/**
 * When a question shows, as data (so a questionnaire version can be stored and replayed).
 * `answer` conditions may only refer to earlier questions.
 */
export type Condition =
  | { answer: string; equals: boolean | string }
  | { answer: string; includes: string }
  | { fact: keyof FactView; equals: boolean | string }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

/** A selectable option; its label is the i18n key `risk.q.<questionId>.options.<value>`. */
export interface QuestionOption {
  value: string;
  labelKey: string;
}

/** Labels, texts in the three languages, for an agency-specific question (not an i18n key). */
export interface LocalizedText {
  fr: string;
  nl: string;
  en: string;
}

/** One question. `labelKey` is an i18n key (`risk.q.pep.label`), never text. */
export interface Question {
  id: string;
  kind: QuestionKind;
  labelKey: string;
  helpKey?: string;
  /** Agency criteria (client acceptance policy) carry their own texts. */
  labelText?: LocalizedText;
  options?: readonly QuestionOption[];
  required: boolean;
  visibleWhen?: Condition;
}

/** A versioned questionnaire: a stored profile records `id` and `version` it was answered with. */
export interface Questionnaire {
  id: string;
  version: number;
  subject: QuestionnaireSubject;
  questions: readonly Question[];
}
