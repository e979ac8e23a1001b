import { type ActorRole, moveTo, refuse, type TransitionResult } from './transition.ts';

/** How CTIF-CFI answered a report (recorded by the officer, M8). */
export type CtifAnswer = 'no-objection' | 'opposition';

/**
 * Decision workflow of a risk profile or a transaction (capability M6; règl. 2013 art. 14–15, 18,
 * 23–27). `awaiting-officer` and `awaiting-ctif` block the profile; only `accepted` is usable.
 */
export type DecisionState =
  | { status: 'draft' }
  | { status: 'computed'; level: 'normal' | 'heightened' }
  | { status: 'accepted'; decidedBy: ActorRole }
  | { status: 'refused'; decidedBy: ActorRole; motivation: string | null }
  | { status: 'awaiting-officer'; motivation: string }
  | { status: 'awaiting-ctif'; motivation: string }
  | { status: 'ctif-answered'; motivation: string; ctifAnswer: CtifAnswer };

/** What someone does to a profile or transaction. */
export type DecisionAction =
  | { type: 'compute'; level: 'normal' | 'heightened' }
  | { type: 'accept' }
  | { type: 'refuse' }
  | { type: 'propose'; proposal: 'accept' | 'refuse'; motivation: string; organisationHasOfficer: boolean }
  | { type: 'officer-accept' }
  | { type: 'report-to-ctif' }
  | { type: 'record-ctif-answer'; answer: CtifAnswer }
  | { type: 'final-decision'; decision: 'accept' | 'refuse' };

/** Why a decision action was refused. */
export type DecisionError =
  | 'invalid-transition'
  | 'forbidden-role'
  | 'declaration-required'
  | 'not-heightened'
  | 'motivation-required'
  | 'no-aml-officer'
  | 'ctif-opposition';

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
    case 'propose': {
      if (state.level !== 'heightened') return refuse('not-heightened');
      const motivation = action.motivation.trim();
      if (motivation === '') return refuse('motivation-required');
      if (action.proposal === 'refuse') {
        return moveTo({ status: 'refused', decidedBy: role, motivation }, ['notify-officer']);
      }
      // Someone must be able to decide: an organisation needs an AML officer (règl. art. 20 §1).
      if (!action.organisationHasOfficer) return refuse('no-aml-officer');
      return moveTo({ status: 'awaiting-officer', motivation }, ['notify-officer']);
    }
    default:
      return refuse('invalid-transition');
  }
}

/**
 * Applies an action to a decision workflow. Normal vigilance: the collaborator (or officer)
 * accepts or refuses. Heightened: a motivated proposal; refusing ends the case, proposing to
 * accept blocks it until the officer accepts or reports to CTIF (règl. art. 27 §1: reporting is
 * the officer's); after CTIF's answer the officer takes the final decision (never accept against
 * a CTIF opposition).
 */
export function transitionDecision(state: DecisionState, role: ActorRole, action: DecisionAction): Result {
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
      return action.type === 'officer-accept'
        ? moveTo({ status: 'accepted', decidedBy: 'officer' }, ['notify-collaborator'])
        : moveTo({ status: 'awaiting-ctif', motivation: state.motivation }, ['notify-collaborator']);
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
      return moveTo({ status: 'accepted', decidedBy: 'officer' }, ['notify-collaborator']);
    case 'accepted':
    case 'refused':
      return refuse('invalid-transition');
  }
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
    case 'ctif-answered':
      return 'officer';
    case 'awaiting-ctif':
      return 'ctif';
    default:
      return null;
  }
}
