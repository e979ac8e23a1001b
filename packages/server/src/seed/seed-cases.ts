import type { AcceptanceBlocker } from '@vigilo/domain/risk/index.ts';
import {
  type ActorRole,
  type DecisionAction,
  type DecisionState,
  transitionDecision,
} from '@vigilo/domain/workflow/index.ts';
import type { TCaseEventBulkRow } from '../declarations/declarations.bulk-load.ts';
import type { TNotificationBulkRow } from '../notifications/notifications.bulk-load.ts';
import type { TCaseTitle } from '../risk/case-title.ts';
import type { TAuditDraft } from './seed-audit.ts';
import type { TSeedUser } from './seed-contacts.ts';
import type { TRandom } from './seed-random.ts';

const HOUR = 3_600_000;

type TStep = { who: 'creator' | 'officer'; action: DecisionAction; motivation: string | null };
export type TCaseSubject = {
  organisationId: string;
  subjectType: 'risk_profile' | 'transaction';
  subjectId: string;
  title: TCaseTitle;
};
export type TCaseOutcome = {
  state: DecisionState;
  /** When the last step was taken. */
  decidedAt: Date;
  events: TCaseEventBulkRow[];
  audit: TAuditDraft[];
  notifications: TNotificationBulkRow[];
};

const motivations = [
  'Client connu de longue date, origine des fonds documentée (acte de vente précédent).',
  'Fonds propres justifiés par extraits bancaires; PEP local, fonction terminée.',
  'Klant legde bewijs van herkomst van de fondsen voor (schenkingsakte).',
  'Structure de propriété vérifiée au registre UBO, rien d’anormal.',
];

/** What happens to a case once computed: mostly routine, heightened ones go to the officer (M6). */
function scenario(r: TRandom, level: 'normal' | 'heightened'): TStep[] {
  const propose = (proposal: 'accept' | 'refuse'): TStep => ({
    who: 'creator',
    action: { type: 'propose', proposal, motivation: r.pick(motivations), organisationHasOfficer: true },
    motivation: r.pick(motivations),
  });
  const officer = (action: DecisionAction): TStep => ({ who: 'officer', action, motivation: null });
  const x = r.next();
  if (level === 'normal') {
    if (x < 0.92) return [{ who: 'creator', action: { type: 'accept' }, motivation: null }];
    if (x < 0.95) return [{ who: 'creator', action: { type: 'refuse' }, motivation: null }];
    return [];
  }
  if (x < 0.35) return [propose('accept')];
  if (x < 0.65) {
    const justification = r.pick(motivations);
    return [
      propose('accept'),
      { who: 'officer', action: { type: 'officer-accept', justification }, motivation: justification },
    ];
  }
  if (x < 0.8) return [propose('accept'), officer({ type: 'report-to-ctif' })];
  if (x < 0.9) return [propose('refuse')];
  return [];
}

/**
 * Walks a computed case through the domain's own state machine (`transitionDecision`), producing the
 * timeline events, `case.decided` audit events and notifications that `decideCase` writes.
 */
export function walkCase(
  r: TRandom,
  subject: TCaseSubject,
  input: {
    level: 'normal' | 'heightened';
    computedAt: Date;
    creator: TSeedUser;
    officer: TSeedUser;
    until: Date;
    /** Hard stops of the case (intended cash): the walk never accepts it. */
    blockers?: readonly AcceptanceBlocker[];
  },
): TCaseOutcome {
  let state: DecisionState = { status: 'computed', level: input.level };
  let at = input.computedAt;
  const outcome: TCaseOutcome = { state, decidedAt: at, events: [], audit: [], notifications: [] };
  const notify = (user: TSeedUser, kind: string, when: Date) =>
    outcome.notifications.push({
      organisationId: subject.organisationId,
      userId: user.id,
      kind,
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      title: subject.title(user.language),
      readAt: r.chance(0.7) ? new Date(when.getTime() + HOUR) : null,
      createdAt: when,
    });
  if (input.level === 'heightened') notify(input.officer, 'case_needs_officer', at);
  for (const step of scenario(r, input.level)) {
    const actor = step.who === 'officer' ? input.officer : input.creator;
    const role: ActorRole = actor.isOfficer ? 'officer' : 'collaborator';
    const next = new Date(at.getTime() + r.int(1, 72) * HOUR);
    if (next >= input.until) break;
    const result = transitionDecision(state, role, step.action, {
      blockers: input.blockers ?? [],
      organisationHasOfficer: true,
    });
    if (!result.ok) break;
    at = next;
    const data: { from: string; to: string; proposal?: 'accept' | 'refuse' } = {
      from: state.status,
      to: result.next.status,
    };
    if (step.action.type === 'propose') data.proposal = step.action.proposal;
    const action = step.action.type;
    outcome.events.push({
      organisationId: subject.organisationId,
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      action,
      actorUserId: actor.id,
      actorRole: role,
      motivation: step.motivation,
      data,
      createdAt: at,
    });
    outcome.audit.push({
      organisationId: subject.organisationId,
      actorUserId: actor.id,
      action: 'case.decided',
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      payload: { action, ...data },
      ip: actor.ip,
      createdAt: at,
    });
    if (result.effects.includes('notify-officer')) notify(input.officer, 'case_needs_officer', at);
    if (result.effects.includes('notify-collaborator')) notify(input.creator, 'case_decided', at);
    state = result.next;
  }
  outcome.state = state;
  outcome.decidedAt = at;
  return outcome;
}

/** Contact status that follows its profile's decision (as `contactStatusFor` in risk-profiles.service). */
export function contactStatusOf(state: DecisionState): 'accepted' | 'refused' | 'blocked' | null {
  if (state.status === 'accepted') return 'accepted';
  if (state.status === 'refused') return 'refused';
  if (
    state.status === 'awaiting-ctif' ||
    state.status === 'awaiting-officer' ||
    state.status === 'ctif-answered' ||
    state.status === 'suspicion-declared'
  )
    return 'blocked';
  return null;
}
