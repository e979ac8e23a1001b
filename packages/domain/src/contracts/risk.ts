import { z } from 'zod';
import { LEGAL_VERSIONS } from '../legal/legal-versions.ts';
import { ACCEPTANCE_BLOCKERS } from '../risk/acceptance-blockers.ts';
import { PERSONAL_REPORT_REASONS, type PersonalReportReason } from '../workflow/decision-workflow.ts';

export const riskRoles = ['buyer', 'seller'] as const;
export const ZRiskRole = z.enum(riskRoles);

const ZAnswerValue = z.union([
  z.boolean(),
  z.string().max(2000),
  z.number(),
  z.array(z.string().max(200)).max(50),
]);
export const ZAnswers = z.record(z.string().max(100), ZAnswerValue);

export const ZCreateRiskProfileRequest = z.object({ role: ZRiskRole });
export const ZRiskProfileIdParams = z.object({ profileId: z.string().uuid() });
export const ZSaveAnswersRequest = z.object({ answers: ZAnswers });

export const decisionStatuses = [
  'draft',
  'computed',
  'accepted',
  'refused',
  'awaiting-officer',
  'awaiting-ctif',
  'ctif-answered',
  'suspicion-declared',
  'reported-personally',
] as const;
export const ZDecisionStatus = z.enum(decisionStatuses);

/** What a user does to a risk profile or transaction (the workflow of capability M6). */
export const ZDecisionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({ action: z.literal('refuse') }),
  z.object({
    action: z.literal('propose'),
    proposal: z.enum(['accept', 'refuse']),
    motivation: z.string().trim().min(1).max(4000),
  }),
  /** The comment is the officer's written justification: required to accept (domain `motivation-required`). */
  z.object({ action: z.literal('officer-accept'), comment: z.string().trim().max(4000).default('') }),
  z.object({ action: z.literal('report-to-ctif'), comment: z.string().trim().max(4000).default('') }),
  z.object({
    action: z.literal('record-ctif-answer'),
    answer: z.enum(['no-objection', 'opposition']),
    comment: z.string().trim().max(4000).default(''),
  }),
  z.object({
    action: z.literal('final-decision'),
    decision: z.enum(['accept', 'refuse']),
    comment: z.string().trim().max(4000).default(''),
  }),
  /** Anyone, at any moment (loi art. 47): the case goes to the officer. */
  z.object({ action: z.literal('declare-suspicion'), motivation: z.string().trim().min(1).max(4000) }),
  /** The officer closes a suspicion without a report, with a written reason. */
  z.object({ action: z.literal('close-suspicion'), motivation: z.string().trim().min(1).max(4000) }),
  /**
   * Corrects an undecided case in a new version of its answers (the former one is kept), e.g. the payment
   * method after an intended cash payment; the case is then computed again.
   */
  z.object({
    action: z.literal('revise-answers'),
    motivation: z.string().trim().min(1).max(4000),
    answers: ZAnswers,
  }),
  /**
   * The employee's own report to CTIF-CFI when the procedure through the officer cannot be followed
   * (loi art. 48); `concernedOfficerIds` names the officers it must never be shown to.
   */
  z.object({
    action: z.literal('report-personally'),
    reason: z.enum(PERSONAL_REPORT_REASONS as [PersonalReportReason, ...PersonalReportReason[]]),
    motivation: z.string().trim().min(1).max(4000),
    concernedOfficerIds: z.array(z.string().uuid()).max(20).default([]),
  }),
]);
export type TDecisionRequest = z.infer<typeof ZDecisionRequest>;

/** Hard stops found now: the case can be refused or reported, never accepted. */
export const ZAcceptanceBlockers = z.array(z.enum(ACCEPTANCE_BLOCKERS));

/**
 * Enhanced measures taken on a heightened case (issue 14, item 12; loi art. 41 §1 for a PEP): the
 * additional information obtained, recorded by a tool user. Recording again replaces the previous one
 * (each stays in the timeline).
 */
export const ZHeightenedMeasuresRequest = z.object({
  sourceOfWealth: z.string().trim().max(4000).default(''),
  sourceOfFunds: z.string().trim().max(4000).default(''),
  additionalInformation: z.string().trim().max(4000).default(''),
  /** Supporting documents already uploaded on the contact or the transaction. */
  documentIds: z.array(z.string().uuid()).max(50).default([]),
});
export type THeightenedMeasuresRequest = z.infer<typeof ZHeightenedMeasuresRequest>;
/** Senior management's approval of a PEP relationship (loi art. 41 §1): the organisation's manager. */
export const ZManagerApprovalRequest = z.object({ comment: z.string().trim().max(4000).default('') });

export const ZCaseMeasures = z.object({
  /** The case concerns a PEP: source of wealth, source of funds and senior management's approval are due. */
  pepCase: z.boolean(),
  measures: ZHeightenedMeasuresRequest.extend({
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  }).nullable(),
  managerApproval: z
    .object({ approvedByName: z.string().nullable(), approvedAt: z.string(), comment: z.string() })
    .nullable(),
});
export type TCaseMeasures = z.infer<typeof ZCaseMeasures>;

export const ZVigilanceFactor = z.object({
  code: z.string(),
  reasonKey: z.string(),
  label: z.object({ fr: z.string(), nl: z.string(), en: z.string() }).optional(),
  article: z.string(),
  weight: z.number(),
  source: z.string(),
  forcesHeightened: z.boolean(),
  questionId: z.string().optional(),
});
export const ZVigilanceResult = z.object({
  level: z.enum(['normal', 'heightened']),
  score: z.number(),
  factors: z.array(ZVigilanceFactor),
  questionnaireId: z.string(),
  questionnaireVersion: z.number(),
  policyId: z.string(),
  policyVersion: z.number(),
  countryRiskVersion: z.string().nullable(),
  reviewPeriodMonths: z.number(),
  /** Absent on results computed before legal versions were recorded (issue 14, item 7). */
  legalVersion: z.enum(LEGAL_VERSIONS).optional(),
  policyLegalVersion: z.enum(LEGAL_VERSIONS).optional(),
});
export type TVigilanceResult = z.infer<typeof ZVigilanceResult>;

export const ZCaseEvent = z.object({
  id: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.enum(['collaborator', 'officer']).nullable(),
  motivation: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type TCaseEvent = z.infer<typeof ZCaseEvent>;

export const ZQuestionView = z.object({
  id: z.string(),
  kind: z.string(),
  labelKey: z.string(),
  helpKey: z.string().optional(),
  labelText: z.object({ fr: z.string(), nl: z.string(), en: z.string() }).optional(),
  options: z.array(z.object({ value: z.string(), labelKey: z.string() })).optional(),
  required: z.boolean(),
});

export const ZRiskProfile = z.object({
  id: z.string(),
  blockers: ZAcceptanceBlockers,
  /** What exactly due diligence lacks (issue 14, item 4): the page names each missing item. */
  dueDiligenceGaps: z.object({
    missingData: z.array(z.string()),
    unverifiedBeneficialOwners: z.array(z.object({ contactId: z.string(), displayName: z.string() })),
  }),
  contactId: z.string(),
  contactDisplayName: z.string(),
  contactVersionNo: z.number(),
  isCurrentVersion: z.boolean(),
  role: ZRiskRole,
  status: ZDecisionStatus,
  answers: ZAnswers,
  /** The questions that apply now, given the answers so far and the contact's data. */
  questions: z.array(ZQuestionView),
  result: ZVigilanceResult.nullable(),
  questionnaireId: z.string(),
  questionnaireVersion: z.number(),
  policyVersion: z.number().nullable(),
  awaiting: z.enum(['collaborator', 'officer', 'ctif']).nullable(),
  ctifAnswer: z.enum(['no-objection', 'opposition']).nullable(),
  timeline: z.array(ZCaseEvent),
  /** Enhanced measures recorded on the case and, for a PEP, senior management's approval. */
  caseMeasures: ZCaseMeasures.optional(),
  createdAt: z.string(),
});
export type TRiskProfile = z.infer<typeof ZRiskProfile>;
export const ZRiskProfileListResponse = z.object({
  items: z.array(
    ZRiskProfile.pick({
      id: true,
      role: true,
      status: true,
      contactVersionNo: true,
      isCurrentVersion: true,
      createdAt: true,
    }).extend({ level: z.enum(['normal', 'heightened']).nullable() }),
  ),
});

export const ZDeclarationsQuery = z.object({
  filter: z.enum(['awaiting-officer', 'awaiting-ctif', 'open', 'all']).default('open'),
  /** Only the cases in this status. */
  status: ZDecisionStatus.optional(),
  /** Only the cases that have not moved for more than this many days (how long they wait). */
  olderThanDays: z.coerce.number().int().min(1).max(3650).optional(),
  /** Only the cases this member declared (proposal or suspicion). */
  declaredBy: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const ZDeclarationItem = z.object({
  subjectType: z.enum(['risk_profile', 'transaction']),
  subjectId: z.string(),
  title: z.string(),
  contactId: z.string().nullable(),
  status: ZDecisionStatus,
  level: z.enum(['normal', 'heightened']).nullable(),
  awaiting: z.enum(['collaborator', 'officer', 'ctif']).nullable(),
  reportedToCtif: z.boolean(),
  updatedAt: z.string(),
});
export type TDeclarationItem = z.infer<typeof ZDeclarationItem>;
export const ZDeclarationsResponse = z.object({ items: z.array(ZDeclarationItem), total: z.number() });

/** The organisation's AML officers, for an employee naming the one a personal report concerns. */
export const ZCaseOfficersResponse = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type TCaseOfficersResponse = z.infer<typeof ZCaseOfficersResponse>;

export const ZPolicyResponse = z.object({
  version: z.number(),
  isDefault: z.boolean(),
  policy: z.record(z.string(), z.unknown()),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  factorCatalog: z.array(
    z.object({
      code: z.string(),
      article: z.string(),
      defaultWeight: z.number(),
      forcesHeightened: z.boolean(),
      reasonKey: z.string(),
    }),
  ),
});

export const ZNotification = z.object({
  id: z.string(),
  kind: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  title: z.string(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export const ZNotificationsResponse = z.object({ items: z.array(ZNotification), unread: z.number() });
export const ZNotificationIdParams = z.object({ notificationId: z.string().uuid() });
