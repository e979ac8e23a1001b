export {
  type ContactAction,
  type ContactStatus,
  type ContactStatusError,
  type ScreeningLevel,
  transitionContact,
} from './contact-status.ts';
export {
  awaitedParty,
  type CtifAnswer,
  type DecisionAction,
  type DecisionContext,
  type DecisionError,
  type DecisionState,
  isDecisionUsable,
  PERSONAL_REPORT_REASONS,
  type PersonalReportReason,
  type SuspicionOrigin,
  transitionDecision,
} from './decision-workflow.ts';
export {
  type GoAmlAnswer,
  type GoAmlReportAction,
  type GoAmlReportError,
  type GoAmlReportState,
  MAX_GOAML_REFERENCE_LENGTH,
  transitionGoAmlReport,
} from './goaml-report.ts';
export type { ActorRole, TransitionResult, WorkflowEffect } from './transition.ts';
