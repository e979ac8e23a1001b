import { type LegalVersion, legalVersionOn } from '../legal/legal-versions.ts';
import type { AcceptancePolicy } from './acceptance-policy.ts';
import { policyWeightOf } from './acceptance-policy.ts';
import { agencyQuestionId, criteriaFor, withAgencyCriteria } from './agency-criteria.ts';
import { AGENCY_POLICY_CITATIONS, citationTrace } from './citations.ts';
import { type ContactFacts, type CountryRiskLists, toFactView } from './contact-facts.ts';
import {
  type DetectedFactor,
  detectAnswerFactors,
  detectContactFactors,
  detectScreeningFactors,
  type FactorSource,
} from './detect-factors.ts';
import { FACTOR_CATALOG, reasonKeyOf } from './factor-catalog.ts';
import type { Answers, LocalizedText, Questionnaire } from './questionnaire.ts';
import { visibleAnswers } from './visible-questions.ts';

/** Vigilance levels (capability M5): heightened cases go to the AML officer (M6). */
export type VigilanceLevel = 'normal' | 'heightened';

/** One reason behind a vigilance level, with the provision it implements. */
export interface VigilanceFactor {
  /** Catalog code, or `agency.<code>` for an agency criterion. */
  code: string;
  /** i18n key of the reason shown to the user. */
  reasonKey: string;
  /** Agency criteria carry their own texts. */
  label?: LocalizedText;
  /** Language-neutral trace of the provisions cited when computed; screens cite `citationsOfFactor(code)`. */
  article: string;
  weight: number;
  source: FactorSource;
  forcesHeightened: boolean;
  questionId?: string;
}

/** Input of {@link computeVigilance}. Answers should have passed `validateAnswers` first. */
export interface VigilanceInput {
  questionnaire: Questionnaire;
  answers: Answers;
  /** Required for contact questionnaires; omitted for the transaction questionnaire. */
  contactFacts?: ContactFacts;
  policy: AcceptancePolicy;
  countryRisk?: CountryRiskLists;
  /**
   * The day of the computation (ISO date or timestamp): the rules in force that day apply and are
   * recorded (issue 14, item 7). Contact facts must have been established under the same rules.
   */
  on: string;
}

/** A computed vigilance level, reproducible from the versions it records. */
export interface VigilanceResult {
  level: VigilanceLevel;
  score: number;
  factors: VigilanceFactor[];
  questionnaireId: string;
  questionnaireVersion: number;
  policyId: string;
  policyVersion: number;
  countryRiskVersion: string | null;
  /** Months until the profile must be reviewed (policy, by level). */
  reviewPeriodMonths: number;
  /** The legal version in force on the day of the computation. */
  legalVersion: LegalVersion;
  /** The legal version the policy was written for; differs from `legalVersion` when the law moved on. */
  policyLegalVersion: LegalVersion;
}

const AGENCY_ARTICLE = citationTrace(AGENCY_POLICY_CITATIONS);

function weigh(detected: DetectedFactor, policy: AcceptancePolicy): VigilanceFactor | null {
  const weight = policyWeightOf(policy, detected.code);
  if (weight === null) return null;
  const definition = FACTOR_CATALOG[detected.code];
  return {
    code: detected.code,
    reasonKey: reasonKeyOf(detected.code),
    article: definition.article,
    weight,
    source: detected.source,
    forcesHeightened: definition.forcesHeightened,
    ...(detected.questionId ? { questionId: detected.questionId } : {}),
  };
}

/**
 * Computes the vigilance level of a contact (as buyer or seller) or of a transaction
 * (law of 18 September 2017 art. 19, §2 and annex III; 2022 regulation; issues 6–7). Factors come from screening, identification data, the
 * answers to visible questions and the agency's criteria; each factor counts once (first source
 * in that order). Score = sum of policy weights. Heightened when a legally forced factor is
 * present (sanctions hit, PEP, high-risk country, cash, avoided contact) or the score reaches the
 * policy's threshold.
 */
export function computeVigilance(input: VigilanceInput): VigilanceResult {
  const { policy, contactFacts, countryRisk } = input;
  if (input.questionnaire.subject !== 'transaction' && !contactFacts) {
    throw new RangeError('computeVigilance: contact questionnaires need contactFacts');
  }
  const questionnaire = withAgencyCriteria(input.questionnaire, policy);
  const answers = visibleAnswers(
    questionnaire,
    input.answers,
    contactFacts ? toFactView(contactFacts) : null,
  );

  // The officer's documented assessment ending a former PEP's heightened vigilance also answers the
  // questionnaire's "left office more than 12 months ago" (loi art. 41).
  const pepRiskEnded = contactFacts?.pep !== 'none' && contactFacts?.pepStanding === 'risk-ended';
  const detected: DetectedFactor[] = [
    ...(contactFacts ? detectScreeningFactors(contactFacts) : []),
    ...(contactFacts ? detectContactFactors(contactFacts, countryRisk) : []),
    ...detectAnswerFactors(answers, policy, countryRisk).filter(
      (factor) => !(pepRiskEnded && factor.code === 'former-pep'),
    ),
  ];
  const factors: VigilanceFactor[] = [];
  const seen = new Set<string>();
  for (const candidate of detected) {
    if (seen.has(candidate.code)) continue;
    seen.add(candidate.code);
    const factor = weigh(candidate, policy);
    if (factor) factors.push(factor);
  }
  for (const criterion of criteriaFor(input.questionnaire, policy)) {
    const questionId = agencyQuestionId(criterion);
    if (answers[questionId] !== true) continue;
    factors.push({
      code: questionId,
      reasonKey: 'risk.factor.agency-criterion.reason',
      label: criterion.label,
      article: AGENCY_ARTICLE,
      weight: criterion.weight,
      source: 'policy',
      forcesHeightened: criterion.forcesHeightened,
      questionId,
    });
  }

  const score = factors.reduce((total, factor) => total + factor.weight, 0);
  const isHeightened =
    factors.some((factor) => factor.forcesHeightened) || score >= policy.riskScale.heightenedFromScore;
  const level: VigilanceLevel = isHeightened ? 'heightened' : 'normal';
  return {
    level,
    score,
    factors,
    questionnaireId: input.questionnaire.id,
    questionnaireVersion: input.questionnaire.version,
    policyId: policy.id,
    policyVersion: policy.version,
    countryRiskVersion: countryRisk?.version ?? null,
    reviewPeriodMonths: policy.reviewPeriodMonths[level],
    legalVersion: legalVersionOn(input.on),
    policyLegalVersion: policy.legalVersion,
  };
}
