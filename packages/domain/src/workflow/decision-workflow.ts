import { type AcceptanceBlocker, isHardStop } from '../risk/acceptance-blockers.ts';
import { type ActorRole, moveTo, refuse, type TransitionResult } from './transition.ts';

/** How CTIF-CFI answered a report (recorded by the officer, M8). */
export type CtifAnswer = 'no-objection' | 'opposition';

/** The states a suspicion can be declared from, and the one a closed suspicion returns to. */
export type SuspicionOrigin =
  | { status: 'draft' }
  | { status: 'computed'; level: 'normal' | 'heightened' }
  | { status: 'accepted'; decidedBy: ActorRole }
  | { status: 'refused'; decidedBy: ActorRole; motivation: string | null }
  | { status: 'awaiting-officer'; motivation: string }
  | { status: 'ctif-answered'; motivation: string; ctifAnswer: CtifAnswer };

/**
 * Why an employee reports to CTIF-CFI personally instead of through the AML officer: the procedure through
 * the officer cannot be followed (loi 18/09/2017 art. 48: the officer transmits the reports; any employee
 * reports personally whenever that procedure cannot be followed).
 */
export type PersonalReportReason = 'no-officer' | 'officer-absent' | 'officer-is-subject';

export const PERSONAL_REPORT_REASONS: readonly PersonalReportReason[] = [
  'no-officer',
  'officer-absent',
  'officer-is-subject',
];

/**
 * Decision workflow of a risk profile or a transaction (capability M6; loi 18/09/2017 art. 41, 45–48;
 * 2022 BIV/IPI regulation). `awaiting-officer`, `suspicion-declared`, `awaiting-ctif` and
 * `reported-personally` block the case; only `accepted` is usable.
 */
export type DecisionState =
  | SuspicionOrigin
  | { status: 'awaiting-ctif'; motivation: string }
  | { status: 'suspicion-declared'; motivation: string; previous: SuspicionOrigin }
  | {
      status: 'reported-personally';
      motivation: string;
      reason: PersonalReportReason;
      /** The officers the report is about: nothing of it may be shown to them (ids, opaque here). */
      hiddenFrom: readonly string[];
      previous: SuspicionOrigin;
    };

/** What someone does to a profile or transaction. */
export type DecisionAction =
  | { type: 'compute'; level: 'normal' | 'heightened' }
  | { type: 'accept' }
  | { type: 'refuse' }
  | { type: 'propose'; proposal: 'accept' | 'refuse'; motivation: string; organisationHasOfficer: boolean }
  /** The officer's written justification for accepting a heightened case (issue 14, item 12). */
  | { type: 'officer-accept'; justification: string }
  | { type: 'report-to-ctif' }
  | { type: 'record-ctif-answer'; answer: CtifAnswer }
  | { type: 'final-decision'; decision: 'accept' | 'refuse'; justification?: string }
  | { type: 'declare-suspicion'; motivation: string }
  | { type: 'close-suspicion'; reason: string }
  | { type: 'revise-answers'; reason: string }
  | {
      type: 'report-personally';
      motivation: string;
      reason: PersonalReportReason;
      hiddenFrom: readonly string[];
    };

/** Why a decision action was refused. */
export type DecisionError =
  | 'invalid-transition'
  | 'forbidden-role'
  | 'declaration-required'
  | 'not-heightened'
  | 'motivation-required'
  | 'no-aml-officer'
  | 'ctif-opposition'
  | 'acceptance-blocked'
  | 'suspicion-already-open'
  | 'personal-report-reason-invalid'
  | 'concerned-officer-required';

/**
 * What the case's facts say beyond its state: hard stops found now (a hit confirmed after computing
 * counts too) and whether the organisation has an AML officer.
 */
export interface DecisionContext {
  blockers: readonly AcceptanceBlocker[];
  organisationHasOfficer: boolean;
  /** Whether the actor is the employee who reported the case personally (only they follow it up). */
  actorIsPersonalReporter?: boolean;
}

const NO_CONTEXT: DecisionContext = { blockers: [], organisationHasOfficer: true };

type Result = TransitionResult<DecisionState, DecisionError>;

function fromComputed(
  state: { level: 'normal' | 'heightened' },
  role: ActorRole,
  action: DecisionAction,
): Result {
  switch (action.type) {
    case 'compute':
      return moveTo(
        { status: 'computed', level: action.level },
        action.level === 'heightened' ? ['notify-officer'] : [],
      );
    case 'accept':
    case 'refuse':
      // Heightened vigilance always goes through a motivated declaration to the officer (M6).
      if (state.level === 'heightened') return refuse('declaration-required');
      return action.type === 'accept'
        ? moveTo({ status: 'accepted', decidedBy: role })
        : moveTo({ status: 'refused', decidedBy: role, motivation: null });
    case 'revise-answers':
      // A computed case not yet decided can be corrected in a new version of its answers (e.g. the
      // payment method after an intended cash payment, loi art. 67), then computed again.
      if (action.reason.trim() === '') return refuse('motivation-required');
      return moveTo({ status: 'draft' });
    case 'propose': {
      if (state.level !== 'heightened') return refuse('not-heightened');
      const motivation = action.motivation.trim();
      if (motivation === '') return refuse('motivation-required');
      if (action.proposal === 'refuse') {
        return moveTo({ status: 'refused', decidedBy: role, motivation }, ['notify-officer']);
      }
      // Someone must be able to decide: an organisation needs an AML officer (loi art. 9 §2).
      if (!action.organisationHasOfficer) return refuse('no-aml-officer');
      return moveTo({ status: 'awaiting-officer', motivation }, ['notify-officer']);
    }
    default:
      return refuse('invalid-transition');
  }
}

/**
 * A suspicion can arise at any moment, before or after acceptance, whatever the vigilance level
 * (loi 18/09/2017 art. 47): any user declares it with a motivation and the case waits for the
 * officer, who reports it to CTIF-CFI or closes it with a written reason. The case may not go on
 * meanwhile (art. 46: refrain from carrying out a suspicious operation before reporting it).
 */
function declareSuspicion(state: DecisionState, motivation: string, context: DecisionContext): Result {
  if (
    state.status === 'suspicion-declared' ||
    state.status === 'awaiting-ctif' ||
    state.status === 'reported-personally'
  ) {
    return refuse('suspicion-already-open');
  }
  if (motivation.trim() === '') return refuse('motivation-required');
  if (!context.organisationHasOfficer) return refuse('no-aml-officer');
  return moveTo({ status: 'suspicion-declared', motivation: motivation.trim(), previous: state }, [
    'notify-officer',
  ]);
}

/**
 * The employee's own report to CTIF-CFI when the procedure through the officer cannot be followed
 * (loi art. 48): no officer in the organisation, the officer absent, or the officer the subject of the
 * suspicion. Any role may do it, from any state but an open report (an open internal declaration the
 * officer cannot handle included). The officer is not notified when concerned, nor when there is none;
 * an absent officer is, to find it on return. The case is blocked like any report (art. 46).
 */
function reportPersonally(
  state: DecisionState,
  action: Extract<DecisionAction, { type: 'report-personally' }>,
  context: DecisionContext,
): Result {
  if (state.status === 'awaiting-ctif' || state.status === 'reported-personally') {
    return refuse('suspicion-already-open');
  }
  const motivation = action.motivation.trim();
  if (motivation === '') return refuse('motivation-required');
  if ((action.reason === 'no-officer') === context.organisationHasOfficer) {
    return refuse('personal-report-reason-invalid');
  }
  const hiddenFrom = action.reason === 'officer-is-subject' ? [...new Set(action.hiddenFrom)] : [];
  if (action.reason === 'officer-is-subject' && hiddenFrom.length === 0) {
    return refuse('concerned-officer-required');
  }
  const previous = state.status === 'suspicion-declared' ? state.previous : state;
  return moveTo(
    { status: 'reported-personally', motivation, reason: action.reason, hiddenFrom, previous },
    action.reason === 'officer-absent' ? ['notify-officer'] : [],
  );
}

/**
 * Only the employee who reported follows the case up: CTIF's opposition refuses it; without opposition
 * it returns to where it was (hard stops still apply).
 */
function fromPersonalReport(
  state: Extract<DecisionState, { status: 'reported-personally' }>,
  role: ActorRole,
  action: DecisionAction,
  context: DecisionContext,
): Result {
  if (action.type !== 'record-ctif-answer') return refuse('invalid-transition');
  if (!context.actorIsPersonalReporter) return refuse('forbidden-role');
  return action.answer === 'opposition'
    ? moveTo({ status: 'refused', decidedBy: role, motivation: state.motivation })
    : moveTo(state.previous);
}

function fromSuspicion(
  state: Extract<DecisionState, { status: 'suspicion-declared' }>,
  role: ActorRole,
  action: DecisionAction,
): Result {
  if (action.type !== 'report-to-ctif' && action.type !== 'close-suspicion') {
    return refuse('invalid-transition');
  }
  if (role !== 'officer') return refuse('forbidden-role');
  if (action.type === 'report-to-ctif') {
    return moveTo({ status: 'awaiting-ctif', motivation: state.motivation }, ['notify-collaborator']);
  }
  if (action.reason.trim() === '') return refuse('motivation-required');
  // Closing without a report puts the case back where it was, decided or not.
  return moveTo(state.previous, ['notify-collaborator']);
}

function transition(
  state: DecisionState,
  role: ActorRole,
  action: DecisionAction,
  context: DecisionContext,
): Result {
  switch (state.status) {
    case 'draft':
      if (action.type !== 'compute') return refuse('invalid-transition');
      return fromComputed({ level: action.level }, role, action);
    case 'computed':
      return fromComputed(state, role, action);
    case 'awaiting-officer':
      if (action.type !== 'officer-accept' && action.type !== 'report-to-ctif')
        return refuse('invalid-transition');
      if (role !== 'officer') return refuse('forbidden-role');
      if (action.type === 'report-to-ctif') {
        return moveTo({ status: 'awaiting-ctif', motivation: state.motivation }, ['notify-collaborator']);
      }
      // Accepting a heightened case is justified in writing, kept in the file (loi art. 41 §1; 2022 regl.).
      if (action.justification.trim() === '') return refuse('motivation-required');
      return moveTo({ status: 'accepted', decidedBy: 'officer' }, ['notify-collaborator']);
    case 'suspicion-declared':
      return fromSuspicion(state, role, action);
    case 'reported-personally':
      return fromPersonalReport(state, role, action, context);
    case 'awaiting-ctif':
      if (action.type !== 'record-ctif-answer') return refuse('invalid-transition');
      if (role !== 'officer') return refuse('forbidden-role');
      return moveTo({ status: 'ctif-answered', motivation: state.motivation, ctifAnswer: action.answer });
    case 'ctif-answered':
      if (action.type !== 'final-decision') return refuse('invalid-transition');
      if (role !== 'officer') return refuse('forbidden-role');
      if (action.decision === 'refuse') {
        return moveTo({ status: 'refused', decidedBy: 'officer', motivation: state.motivation }, [
          'notify-collaborator',
        ]);
      }
      if (state.ctifAnswer === 'opposition') return refuse('ctif-opposition');
      if ((action.justification ?? '').trim() === '') return refuse('motivation-required');
      return moveTo({ status: 'accepted', decidedBy: 'officer' }, ['notify-collaborator']);
    case 'accepted':
    case 'refused':
      return refuse('invalid-transition');
  }
}

/**
 * Whether a transition would let the case be accepted, now or through the officer. Missing PEP
 * measures (source of wealth/funds, senior management's approval) only hold back the acceptance
 * itself: the case may still be proposed to the officer while they are gathered.
 */
function opensAcceptance(result: Result, action: DecisionAction, hardStopsOnly: boolean): boolean {
  if (!result.ok) return false;
  if (!hardStopsOnly) return result.next.status === 'accepted';
  // Closing a suspicion (or CTIF not opposing a personal report) on an accepted case would restore the
  // acceptance: a hard stop forbids it too.
  return (
    result.next.status === 'accepted' ||
    (result.next.status === 'awaiting-officer' && action.type === 'propose')
  );
}

/**
 * Applies an action to a decision workflow. Normal vigilance: the collaborator (or officer)
 * accepts or refuses. Heightened: a motivated proposal; refusing ends the case, proposing to
 * accept blocks it until the officer accepts or reports to CTIF-CFI (reporting is the officer's,
 * loi art. 9 §2 and 47); after CTIF's answer the officer takes the final decision (never accept
 * against a CTIF opposition). A suspicion can be declared from any state but an open one; an employee
 * reports personally when the procedure through the officer cannot be followed.
 * Hard stops (`context.blockers`) make any acceptance — direct, proposed or by the officer —
 * impossible for every role.
 */
export function transitionDecision(
  state: DecisionState,
  role: ActorRole,
  action: DecisionAction,
  context: DecisionContext = NO_CONTEXT,
): Result {
  if (action.type === 'declare-suspicion') return declareSuspicion(state, action.motivation, context);
  if (action.type === 'report-personally') return reportPersonally(state, action, context);
  const result = transition(state, role, action, context);
  // What forbids accepting is said before a missing justification: writing one would not help.
  const opening =
    action.type === 'officer-accept' || action.type === 'final-decision'
      ? transition(state, role, { ...action, justification: 'justified' }, context)
      : result;
  const hardStops = context.blockers.filter(isHardStop);
  if (hardStops.length > 0 && opensAcceptance(opening, action, true)) return refuse('acceptance-blocked');
  if (context.blockers.length > hardStops.length && opensAcceptance(opening, action, false)) {
    return refuse('acceptance-blocked');
  }
  return result;
}

/** Only an accepted profile can be used in a transaction (M6, M7). */
export const isDecisionUsable = (state: DecisionState): boolean => state.status === 'accepted';

/** Who the case is waiting for, for the Declarations page (M6). */
export function awaitedParty(state: DecisionState): 'collaborator' | 'officer' | 'ctif' | null {
  switch (state.status) {
    case 'draft':
    case 'computed':
      return 'collaborator';
    case 'awaiting-officer':
    case 'suspicion-declared':
    case 'ctif-answered':
      return 'officer';
    case 'awaiting-ctif':
    case 'reported-personally':
      return 'ctif';
    default:
      return null;
  }
}
