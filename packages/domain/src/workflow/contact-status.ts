import { type ActorRole, moveTo, refuse, type TransitionResult } from './transition.ts';

/** First vigilance level, from screening (M4). */
export type ScreeningLevel = 'normal' | 'heightened';

/** Status of a contact version (M3–M4). */
export type ContactStatus =
  | { status: 'draft' }
  | { status: 'screened'; firstLevel: ScreeningLevel }
  | { status: 'accepted'; firstLevel: ScreeningLevel }
  | { status: 'refused' }
  | { status: 'blocked'; reason: string };

/** What someone does to a contact. */
export type ContactAction =
  | { type: 'screen'; level: ScreeningLevel }
  | { type: 'accept' }
  | { type: 'refuse' }
  | { type: 'block'; reason: string }
  | { type: 'unblock' };

/** Why a contact action was refused. */
export type ContactStatusError = 'invalid-transition' | 'forbidden-role' | 'reason-required';

/**
 * Applies an action to a contact's status. Screening (again after an update or a list change)
 * puts the contact back to `screened`, to be accepted anew. Accepting despite heightened
 * first-level vigilance is allowed but notifies the AML officer (source tool, M4). Only the
 * officer blocks (e.g. pending a CTIF report) and unblocks; a refused contact is final (a new
 * contact version starts over).
 */
export function transitionContact(
  state: ContactStatus,
  role: ActorRole,
  action: ContactAction,
): TransitionResult<ContactStatus, ContactStatusError> {
  const isScreenable = state.status === 'draft' || state.status === 'screened' || state.status === 'accepted';
  switch (action.type) {
    case 'screen':
      if (!isScreenable) return refuse('invalid-transition');
      return moveTo({ status: 'screened', firstLevel: action.level });
    case 'accept':
    case 'refuse':
      if (state.status !== 'screened') return refuse('invalid-transition');
      if (action.type === 'refuse') return moveTo({ status: 'refused' });
      return moveTo(
        { status: 'accepted', firstLevel: state.firstLevel },
        state.firstLevel === 'heightened' ? ['notify-officer'] : [],
      );
    case 'block': {
      if (state.status !== 'screened' && state.status !== 'accepted') return refuse('invalid-transition');
      if (role !== 'officer') return refuse('forbidden-role');
      const reason = action.reason.trim();
      return reason === ''
        ? refuse('reason-required')
        : moveTo({ status: 'blocked', reason }, ['notify-collaborator']);
    }
    case 'unblock':
      if (state.status !== 'blocked') return refuse('invalid-transition');
      if (role !== 'officer') return refuse('forbidden-role');
      // Back to draft: the contact must be screened and accepted again before use.
      return moveTo({ status: 'draft' }, ['notify-collaborator']);
  }
}
