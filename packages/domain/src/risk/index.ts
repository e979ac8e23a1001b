export {
  ACCEPTANCE_BLOCKER_ARTICLES,
  ACCEPTANCE_BLOCKERS,
  type AcceptanceBlocker,
  type AcceptanceBlockerInput,
  findAcceptanceBlockers,
  isHardStop,
  isPepCase,
  PEP_FACTOR_CODES,
  PEP_MEASURE_BLOCKERS,
  type PepMeasureBlocker,
  type PepMeasures,
} from './acceptance-blockers.ts';
export {
  type AcceptancePolicy,
  type AgencyCriterion,
  DEFAULT_ACCEPTANCE_POLICY,
  policyWeightOf,
  ZAcceptancePolicy,
  ZAgencyCriterion,
} from './acceptance-policy.ts';
export { agencyQuestionId, withAgencyCriteria } from './agency-criteria.ts';
export {
  AGENCY_POLICY_CITATIONS,
  type Citation,
  type CitationTranslate,
  citationTrace,
  formatCitation,
  formatCitations,
  LEGAL_ACTS,
  type LegalAct,
} from './citations.ts';
export {
  computeVigilance,
  type VigilanceFactor,
  type VigilanceInput,
  type VigilanceLevel,
  type VigilanceResult,
} from './compute-vigilance.ts';
export {
  type ContactFacts,
  type CountryRiskLists,
  classifyCountry,
  type TContactFactsInput,
  toFactView,
  ZContactFacts,
  ZCountryRiskLists,
  ZIdentificationMode,
  ZScreeningHit,
} from './contact-facts.ts';
export type { FactorSource } from './detect-factors.ts';
export {
  citationsOfFactor,
  FACTOR_CATALOG,
  FACTOR_CODES,
  type FactorCode,
  type FactorDefinition,
  reasonKeyOf,
} from './factor-catalog.ts';
export {
  checkFreezeRecord,
  FREEZE_DUTIES,
  FREEZE_DUTY_ARTICLES,
  type FreezeDuty,
  type FreezeDutyRecord,
  type FreezeHit,
  type FreezeRecordError,
  freezeDutiesOf,
  isAssetFreezeList,
} from './freeze-duties.ts';
export {
  addMonths,
  canEndPepVigilance,
  PEP_MONTHS_AFTER_OFFICE,
  PEP_STATUSES,
  type PepAssessmentError,
  type PepRiskAssessment,
  type PepStanding,
  type PepStatus,
  pepAssessableFrom,
  pepForcesHeightened,
  pepStanding,
} from './pep.ts';
export {
  addDays,
  checkProfileUsableForNewTransaction,
  daysUntilReview,
  type ProfileUseRefusal,
  REVIEW_DUE_SOON_DAYS,
  type ReviewStatus,
  reviewDueDate,
  reviewNoticeOwed,
  reviewStatus,
  weeklyDigestOwed,
} from './periodic-review.ts';
export type {
  Answers,
  AnswerValue,
  Condition,
  FactView,
  LocalizedText,
  Question,
  QuestionKind,
  Questionnaire,
  QuestionnaireSubject,
  QuestionOption,
} from './questionnaire.ts';
export {
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  RENTAL_TRANSACTION_QUESTIONNAIRE,
  TRANSACTION_QUESTIONNAIRE,
} from './questionnaires/index.ts';
export {
  type AnswerError,
  type AnswerErrorCode,
  MAX_TEXT_ANSWER_LENGTH,
  validateAnswers,
} from './validate-answers.ts';
export { evaluateCondition, visibleAnswers, visibleQuestions } from './visible-questions.ts';
