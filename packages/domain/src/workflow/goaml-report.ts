import { type ActorRole, isIsoDate, moveTo, refuse, type TransitionResult } from './transition.ts';

/** CTIF-CFI's answer to a report, as recorded by the officer. */
export type GoAmlAnswer = 'no-objection' | 'opposition' | 'information-request';

/**
 * Lifecycle of a goAML report (M8): since 1 October 2024 the officer downloads the XML, submits it
 * on the goAML portal, records the submission (date, goAML reference), then CTIF's answer.
 * Dates are ISO calendar dates (YYYY-MM-DD).
 */
export type GoAmlReportState =
  | { status: 'draft' }
  | { status: 'downloaded'; downloadedOn: string; downloadCount: number }
  | { status: 'submitted'; downloadedOn: string; submittedOn: string; reference: string }
  | {
      status: 'answered';
      downloadedOn: string;
      submittedOn: string;
      reference: string;
      answeredOn: string;
      answer: GoAmlAnswer;
    };

/** What the officer does to a report. */
export type GoAmlReportAction =
  | { type: 'download'; on: string }
  | { type: 'record-submission'; submittedOn: string; reference: string }
  | { type: 'record-answer'; answeredOn: string; answer: GoAmlAnswer };

/** Why a report action was refused. */
export type GoAmlReportError =
  | 'invalid-transition'
  | 'forbidden-role'
  | 'invalid-date'
  | 'date-before-previous-step'
  | 'reference-required';

/** Longest goAML reference accepted. */
export const MAX_GOAML_REFERENCE_LENGTH = 100;

/**
 * Applies an action to a goAML report. Only the AML officer acts: transmitting to CTIF is the
 * officer's task (law of 18 September 2017 art. 47). The report can be downloaded again until it
 * is submitted; each step's date may not precede the previous step's.
 */
export function transitionGoAmlReport(
  state: GoAmlReportState,
  role: ActorRole,
  action: GoAmlReportAction,
): TransitionResult<GoAmlReportState, GoAmlReportError> {
  const allowed =
    (action.type === 'download' && (state.status === 'draft' || state.status === 'downloaded')) ||
    (action.type === 'record-submission' && state.status === 'downloaded') ||
    (action.type === 'record-answer' && state.status === 'submitted');
  if (!allowed) return refuse('invalid-transition');
  if (role !== 'officer') return refuse('forbidden-role');

  if (action.type === 'download') {
    if (!isIsoDate(action.on)) return refuse('invalid-date');
    const count = state.status === 'downloaded' ? state.downloadCount + 1 : 1;
    return moveTo({ status: 'downloaded', downloadedOn: action.on, downloadCount: count });
  }
  if (action.type === 'record-submission' && state.status === 'downloaded') {
    if (!isIsoDate(action.submittedOn)) return refuse('invalid-date');
    if (action.submittedOn < state.downloadedOn) return refuse('date-before-previous-step');
    const reference = action.reference.trim();
    if (reference === '' || reference.length > MAX_GOAML_REFERENCE_LENGTH)
      return refuse('reference-required');
    return moveTo({
      status: 'submitted',
      downloadedOn: state.downloadedOn,
      submittedOn: action.submittedOn,
      reference,
    });
  }
  if (action.type === 'record-answer' && state.status === 'submitted') {
    if (!isIsoDate(action.answeredOn)) return refuse('invalid-date');
    if (action.answeredOn < state.submittedOn) return refuse('date-before-previous-step');
    return moveTo({ ...state, status: 'answered', answeredOn: action.answeredOn, answer: action.answer });
  }
  return refuse('invalid-transition');
}
