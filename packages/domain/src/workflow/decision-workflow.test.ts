import { describe, expect, it } from 'vitest';
import {
  awaitedParty,
  type DecisionAction,
  type DecisionState,
  isDecisionUsable,
  transitionDecision,
} from './decision-workflow.ts';
import type { ActorRole } from './transition.ts';

const STATES: Record<string, DecisionState> = {
  draft: { status: 'draft' },
  'computed-normal': { status: 'computed', level: 'normal' },
  'computed-heightened': { status: 'computed', level: 'heightened' },
  accepted: { status: 'accepted', decidedBy: 'collaborator' },
  refused: { status: 'refused', decidedBy: 'collaborator', motivation: null },
  'awaiting-officer': { status: 'awaiting-officer', motivation: 'Known client for 10 years' },
  'awaiting-ctif': { status: 'awaiting-ctif', motivation: 'Known client for 10 years' },
  'ctif-no-objection': { status: 'ctif-answered', motivation: 'm', ctifAnswer: 'no-objection' },
  'ctif-opposition': { status: 'ctif-answered', motivation: 'm', ctifAnswer: 'opposition' },
  'suspicion-on-accepted': {
    status: 'suspicion-declared',
    motivation: 'Buyer asked to pay part in cash after the deed',
    previous: { status: 'accepted', decidedBy: 'collaborator' },
  },
  'reported-personally': {
    status: 'reported-personally',
    motivation: 'The officer asked me to split the price',
    reason: 'officer-is-subject',
    hiddenFrom: ['officer-1'],
    previous: { status: 'accepted', decidedBy: 'collaborator' },
  },
};

const ACTIONS: Record<string, DecisionAction> = {
  'compute-normal': { type: 'compute', level: 'normal' },
  'compute-heightened': { type: 'compute', level: 'heightened' },
  accept: { type: 'accept' },
  refuse: { type: 'refuse' },
  'propose-accept': {
    type: 'propose',
    proposal: 'accept',
    motivation: 'Funds documented',
    organisationHasOfficer: true,
  },
  'propose-refuse': {
    type: 'propose',
    proposal: 'refuse',
    motivation: 'Cannot verify',
    organisationHasOfficer: true,
  },
  'officer-accept': {
    type: 'officer-accept',
    justification: 'Source of funds documented by bank statements',
  },
  'report-to-ctif': { type: 'report-to-ctif' },
  'record-ctif-answer': { type: 'record-ctif-answer', answer: 'no-objection' },
  'final-accept': { type: 'final-decision', decision: 'accept', justification: 'CTIF did not object' },
  'final-refuse': { type: 'final-decision', decision: 'refuse' },
  'declare-suspicion': { type: 'declare-suspicion', motivation: 'Unexplained change of buyer' },
  'close-suspicion': { type: 'close-suspicion', reason: 'Documents explain the change' },
  'revise-answers': { type: 'revise-answers', reason: 'The buyer will pay by transfer' },
  'report-personally': {
    type: 'report-personally',
    motivation: 'The officer is away for weeks and the deed is tomorrow',
    reason: 'officer-absent',
    hiddenFrom: [],
  },
};

/** Expected outcome per state and action: [collaborator, officer]; anything absent is invalid. */
type Outcome = string;
const same = (outcome: Outcome): [Outcome, Outcome] => [outcome, outcome];
const officerOnly = (outcome: Outcome): [Outcome, Outcome] => ['forbidden-role', outcome];
const computeRow = {
  'compute-normal': same('computed'),
  'compute-heightened': same('computed'),
};
/** A suspicion can be declared by anyone from every state but an open suspicion or a CTIF report. */
const suspicion = {
  'declare-suspicion': same('suspicion-declared'),
  'report-personally': same('reported-personally'),
};
const EXPECTED: Record<string, Partial<Record<string, [Outcome, Outcome]>>> = {
  draft: { ...computeRow, ...suspicion },
  'computed-normal': {
    ...computeRow,
    ...suspicion,
    'revise-answers': same('draft'),
    accept: same('accepted'),
    refuse: same('refused'),
    'propose-accept': same('not-heightened'),
    'propose-refuse': same('not-heightened'),
  },
  'computed-heightened': {
    ...computeRow,
    ...suspicion,
    'revise-answers': same('draft'),
    accept: same('declaration-required'),
    refuse: same('declaration-required'),
    'propose-accept': same('awaiting-officer'),
    'propose-refuse': same('refused'),
  },
  accepted: suspicion,
  refused: suspicion,
  'awaiting-officer': {
    ...suspicion,
    'officer-accept': officerOnly('accepted'),
    'report-to-ctif': officerOnly('awaiting-ctif'),
  },
  'awaiting-ctif': {
    'record-ctif-answer': officerOnly('ctif-answered'),
    'declare-suspicion': same('suspicion-already-open'),
    'report-personally': same('suspicion-already-open'),
  },
  'ctif-no-objection': {
    ...suspicion,
    'final-accept': officerOnly('accepted'),
    'final-refuse': officerOnly('refused'),
  },
  'ctif-opposition': {
    ...suspicion,
    'final-accept': officerOnly('ctif-opposition'),
    'final-refuse': officerOnly('refused'),
  },
  'suspicion-on-accepted': {
    'declare-suspicion': same('suspicion-already-open'),
    // The officer cannot handle it (absent, concerned): the employee reports it personally.
    'report-personally': same('reported-personally'),
    'report-to-ctif': officerOnly('awaiting-ctif'),
    'close-suspicion': officerOnly('accepted'),
  },
  // Only the reporting employee follows it up (see below); the officer never acts on it.
  'reported-personally': {
    'declare-suspicion': same('suspicion-already-open'),
    'report-personally': same('suspicion-already-open'),
    'record-ctif-answer': same('forbidden-role'),
  },
};

const ROLES: ActorRole[] = ['collaborator', 'officer'];
const cases = Object.keys(STATES).flatMap((state) =>
  Object.keys(ACTIONS).flatMap((action) => ROLES.map((role, index) => ({ state, action, role, index }))),
);

describe('transitionDecision', () => {
  it.each(cases)('$state × $role × $action', ({ state, action, role, index }) => {
    const expected = EXPECTED[state]?.[action]?.[index] ?? 'invalid-transition';
    const result = transitionDecision(
      STATES[state] as DecisionState,
      role,
      ACTIONS[action] as DecisionAction,
    );
    expect(result.ok ? result.next.status : result.error).toBe(expected);
  });

  it('covers 11 states × 2 roles × 15 actions', () => {
    expect(cases).toHaveLength(330);
  });

  it('requires a motivation for a declaration', () => {
    const action: DecisionAction = {
      type: 'propose',
      proposal: 'accept',
      motivation: '  ',
      organisationHasOfficer: true,
    };
    expect(
      transitionDecision(STATES['computed-heightened'] as DecisionState, 'collaborator', action),
    ).toEqual({
      ok: false,
      error: 'motivation-required',
    });
  });

  it('cannot send a case for decision in an organisation without AML officer', () => {
    const base = { type: 'propose', motivation: 'ok', organisationHasOfficer: false } as const;
    const heightened = STATES['computed-heightened'] as DecisionState;
    expect(transitionDecision(heightened, 'collaborator', { ...base, proposal: 'accept' })).toEqual({
      ok: false,
      error: 'no-aml-officer',
    });
    // Refusing needs no decision, so it is still possible.
    expect(transitionDecision(heightened, 'collaborator', { ...base, proposal: 'refuse' }).ok).toBe(true);
  });

  it('keeps the motivation and asks for notifications', () => {
    const proposed = transitionDecision(
      STATES['computed-heightened'] as DecisionState,
      'collaborator',
      ACTIONS['propose-accept'] as DecisionAction,
    );
    expect(proposed).toEqual({
      ok: true,
      next: { status: 'awaiting-officer', motivation: 'Funds documented' },
      effects: ['notify-officer'],
    });
    expect(
      transitionDecision({ status: 'draft' }, 'collaborator', { type: 'compute', level: 'heightened' }),
    ).toEqual({
      ok: true,
      next: { status: 'computed', level: 'heightened' },
      effects: ['notify-officer'],
    });
    const accepted = transitionDecision(STATES['awaiting-officer'] as DecisionState, 'officer', {
      type: 'officer-accept',
      justification: 'Funds traced to the sale of a house',
    });
    expect(accepted).toEqual({
      ok: true,
      next: { status: 'accepted', decidedBy: 'officer' },
      effects: ['notify-collaborator'],
    });
  });

  it('tells who is awaited and what is usable', () => {
    expect(Object.fromEntries(Object.entries(STATES).map(([name, s]) => [name, awaitedParty(s)]))).toEqual({
      draft: 'collaborator',
      'computed-normal': 'collaborator',
      'computed-heightened': 'collaborator',
      accepted: null,
      refused: null,
      'awaiting-officer': 'officer',
      'awaiting-ctif': 'ctif',
      'ctif-no-objection': 'officer',
      'ctif-opposition': 'officer',
      'suspicion-on-accepted': 'officer',
      'reported-personally': 'ctif',
    });
    expect(Object.values(STATES).filter(isDecisionUsable)).toEqual([STATES.accepted]);
  });

  it('declares a suspicion with a motivation, notifies the officer and keeps where the case was', () => {
    const accepted = STATES.accepted as DecisionState;
    expect(
      transitionDecision(accepted, 'collaborator', {
        type: 'declare-suspicion',
        motivation: '  Cash offer ',
      }),
    ).toEqual({
      ok: true,
      next: { status: 'suspicion-declared', motivation: 'Cash offer', previous: accepted },
      effects: ['notify-officer'],
    });
    expect(
      transitionDecision(accepted, 'collaborator', { type: 'declare-suspicion', motivation: ' ' }),
    ).toEqual({ ok: false, error: 'motivation-required' });
    expect(
      transitionDecision(
        accepted,
        'collaborator',
        { type: 'declare-suspicion', motivation: 'x' },
        { blockers: [], organisationHasOfficer: false },
      ),
    ).toEqual({ ok: false, error: 'no-aml-officer' });
  });

  it('closes a suspicion only with a written reason, back to the state it came from', () => {
    const declared = STATES['suspicion-on-accepted'] as DecisionState;
    expect(transitionDecision(declared, 'officer', { type: 'close-suspicion', reason: ' ' })).toEqual({
      ok: false,
      error: 'motivation-required',
    });
    for (const [name, previous] of Object.entries(STATES)) {
      if (['suspicion-declared', 'awaiting-ctif', 'reported-personally'].includes(previous.status)) continue;
      const open = transitionDecision(previous, 'collaborator', {
        type: 'declare-suspicion',
        motivation: 'm',
      });
      if (!open.ok) throw new Error(`${name}: ${open.error}`);
      const closed = transitionDecision(open.next, 'officer', { type: 'close-suspicion', reason: 'r' });
      expect(closed.ok && closed.next).toEqual(previous);
    }
    expect(isDecisionUsable(declared)).toBe(false);
  });

  it('corrects an undecided case in a new version of its answers, with a reason, even under a hard stop', () => {
    const cash = { blockers: ['cash-payment'] as const, organisationHasOfficer: true };
    const heightened = STATES['computed-heightened'] as DecisionState;
    expect(
      transitionDecision(heightened, 'collaborator', { type: 'revise-answers', reason: ' ' }, cash),
    ).toEqual({
      ok: false,
      error: 'motivation-required',
    });
    expect(
      transitionDecision(
        heightened,
        'collaborator',
        { type: 'revise-answers', reason: 'Paid by transfer' },
        cash,
      ),
    ).toEqual({ ok: true, next: { status: 'draft' }, effects: [] });
  });

  describe('personal report to CTIF-CFI when the procedure through the officer cannot be followed (loi art. 48)', () => {
    const accepted = STATES.accepted as DecisionState;
    const report = (
      reason: 'no-officer' | 'officer-absent' | 'officer-is-subject',
      hiddenFrom: string[] = [],
    ): DecisionAction => ({ type: 'report-personally', motivation: ' Split price ', reason, hiddenFrom });
    const silent = (reason: 'no-officer'): DecisionAction => ({
      type: 'report-personally',
      motivation: ' ',
      reason,
      hiddenFrom: [],
    });
    const withOfficer = { blockers: [], organisationHasOfficer: true };
    const noOfficer = { blockers: [], organisationHasOfficer: false };

    it('accepts exactly the reasons that match the organisation', () => {
      const outcomes = (['no-officer', 'officer-absent', 'officer-is-subject'] as const).flatMap((reason) =>
        [withOfficer, noOfficer].map((context) => {
          const result = transitionDecision(accepted, 'collaborator', report(reason, ['o-1']), context);
          return [reason, context.organisationHasOfficer, result.ok ? result.next.status : result.error];
        }),
      );
      expect(outcomes).toEqual([
        ['no-officer', true, 'personal-report-reason-invalid'],
        ['no-officer', false, 'reported-personally'],
        ['officer-absent', true, 'reported-personally'],
        ['officer-absent', false, 'personal-report-reason-invalid'],
        ['officer-is-subject', true, 'reported-personally'],
        ['officer-is-subject', false, 'personal-report-reason-invalid'],
      ]);
    });

    it('needs a motivation, and the concerned officer when the officer is the subject', () => {
      expect(transitionDecision(accepted, 'collaborator', silent('no-officer'), noOfficer)).toEqual({
        ok: false,
        error: 'motivation-required',
      });
      expect(transitionDecision(accepted, 'collaborator', report('officer-is-subject'), withOfficer)).toEqual(
        {
          ok: false,
          error: 'concerned-officer-required',
        },
      );
    });

    it('keeps where the case was, hides it from the concerned officer and notifies only an absent one', () => {
      expect(
        transitionDecision(
          accepted,
          'collaborator',
          report('officer-is-subject', ['o-1', 'o-1']),
          withOfficer,
        ),
      ).toEqual({
        ok: true,
        next: {
          status: 'reported-personally',
          motivation: 'Split price',
          reason: 'officer-is-subject',
          hiddenFrom: ['o-1'],
          previous: accepted,
        },
        effects: [],
      });
      const absent = transitionDecision(
        accepted,
        'collaborator',
        report('officer-absent', ['o-1']),
        withOfficer,
      );
      expect(absent.ok && [absent.next, absent.effects]).toEqual([
        {
          status: 'reported-personally',
          motivation: 'Split price',
          reason: 'officer-absent',
          hiddenFrom: [],
          previous: accepted,
        },
        ['notify-officer'],
      ]);
      const none = transitionDecision(accepted, 'collaborator', report('no-officer'), noOfficer);
      expect(none.ok && none.effects).toEqual([]);
      // An internal declaration the officer cannot handle is reported from where it came from.
      const declared = transitionDecision(
        STATES['suspicion-on-accepted'] as DecisionState,
        'collaborator',
        report('officer-is-subject', ['o-1']),
        withOfficer,
      );
      expect(declared.ok && declared.next.status === 'reported-personally' && declared.next.previous).toEqual(
        accepted,
      );
      expect(isDecisionUsable(STATES['reported-personally'] as DecisionState)).toBe(false);
    });

    it('lets only the reporting employee record CTIF-CFI answer: opposition refuses, otherwise back', () => {
      const reported = STATES['reported-personally'] as DecisionState;
      const answer = (a: 'no-objection' | 'opposition'): DecisionAction => ({
        type: 'record-ctif-answer',
        answer: a,
      });
      const reporter = { ...withOfficer, actorIsPersonalReporter: true };
      for (const role of ['collaborator', 'officer'] as const) {
        expect(transitionDecision(reported, role, answer('opposition'), withOfficer)).toEqual({
          ok: false,
          error: 'forbidden-role',
        });
      }
      expect(transitionDecision(reported, 'collaborator', answer('opposition'), reporter)).toEqual({
        ok: true,
        next: {
          status: 'refused',
          decidedBy: 'collaborator',
          motivation: 'The officer asked me to split the price',
        },
        effects: [],
      });
      expect(transitionDecision(reported, 'collaborator', answer('no-objection'), reporter)).toEqual({
        ok: true,
        next: accepted,
        effects: [],
      });
      // Back to an acceptance is refused while a hard stop remains.
      expect(
        transitionDecision(reported, 'collaborator', answer('no-objection'), {
          ...reporter,
          blockers: ['cash-payment'],
        }),
      ).toEqual({ ok: false, error: 'acceptance-blocked' });
    });
  });

  describe('hard stops (sanctions true match, cash) forbid every acceptance, by any role', () => {
    const blocked = { blockers: ['sanctions-true-match'] as const, organisationHasOfficer: true };
    const acceptances: [string, string, ActorRole][] = [
      ['computed-normal', 'accept', 'collaborator'],
      ['computed-normal', 'accept', 'officer'],
      ['computed-heightened', 'propose-accept', 'collaborator'],
      ['computed-heightened', 'propose-accept', 'officer'],
      ['awaiting-officer', 'officer-accept', 'officer'],
      ['ctif-no-objection', 'final-accept', 'officer'],
      ['suspicion-on-accepted', 'close-suspicion', 'officer'],
    ];
    it.each(acceptances)('%s × %s × %s', (state, action, role) => {
      expect(
        transitionDecision(STATES[state] as DecisionState, role, ACTIONS[action] as DecisionAction, blocked),
      ).toEqual({ ok: false, error: 'acceptance-blocked' });
    });
    const stillOpen: [string, string, string][] = [
      ['computed-normal', 'refuse', 'refused'],
      ['computed-heightened', 'propose-refuse', 'refused'],
      ['awaiting-officer', 'report-to-ctif', 'awaiting-ctif'],
      ['ctif-no-objection', 'final-refuse', 'refused'],
      ['accepted', 'declare-suspicion', 'suspicion-declared'],
      ['suspicion-on-accepted', 'report-to-ctif', 'awaiting-ctif'],
    ];
    it.each(stillOpen)('%s × %s still leads to %s', (state, action, next) => {
      const result = transitionDecision(
        STATES[state] as DecisionState,
        'officer',
        ACTIONS[action] as DecisionAction,
        { blockers: ['cash-payment'], organisationHasOfficer: true },
      );
      expect(result.ok && result.next.status).toBe(next);
    });
  });

  it("accepts a heightened case only with the officer's written justification (issue 14, item 12)", () => {
    for (const justification of ['', '   ']) {
      expect(
        transitionDecision(STATES['awaiting-officer'] as DecisionState, 'officer', {
          type: 'officer-accept',
          justification,
        }),
      ).toEqual({ ok: false, error: 'motivation-required' });
      expect(
        transitionDecision(STATES['ctif-no-objection'] as DecisionState, 'officer', {
          type: 'final-decision',
          decision: 'accept',
          justification,
        }),
      ).toEqual({ ok: false, error: 'motivation-required' });
    }
    // Refusing after CTIF's answer keeps the reason already given.
    expect(
      transitionDecision(STATES['ctif-no-objection'] as DecisionState, 'officer', {
        type: 'final-decision',
        decision: 'refuse',
      }).ok,
    ).toBe(true);
  });

  describe('missing PEP measures hold back the acceptance only (loi art. 41 §1)', () => {
    const measures = [
      'pep-source-of-wealth-missing',
      'pep-source-of-funds-missing',
      'pep-senior-management-approval-missing',
    ] as const;
    const acceptances: [string, string][] = [
      ['awaiting-officer', 'officer-accept'],
      ['ctif-no-objection', 'final-accept'],
      ['suspicion-on-accepted', 'close-suspicion'],
    ];
    // Every non-empty subset of the three measures.
    const subsets = [1, 2, 3, 4, 5, 6, 7].map((mask) => measures.filter((_, i) => mask & (1 << i)));
    it.each(
      subsets.flatMap((blockers) => acceptances.map(([state, action]) => ({ blockers, state, action }))),
    )('$blockers: $state × $action is refused', ({ blockers, state, action }) => {
      expect(
        transitionDecision(STATES[state] as DecisionState, 'officer', ACTIONS[action] as DecisionAction, {
          blockers,
          organisationHasOfficer: true,
        }),
      ).toEqual({ ok: false, error: 'acceptance-blocked' });
    });
    it.each(subsets)('%j: the case can still be proposed, reported or refused', (...blockers) => {
      const context = { blockers, organisationHasOfficer: true };
      const run = (state: string, action: string) => {
        const result = transitionDecision(
          STATES[state] as DecisionState,
          'officer',
          ACTIONS[action] as DecisionAction,
          context,
        );
        return result.ok ? result.next.status : result.error;
      };
      expect(run('computed-heightened', 'propose-accept')).toBe('awaiting-officer');
      expect(run('awaiting-officer', 'report-to-ctif')).toBe('awaiting-ctif');
      expect(run('ctif-no-objection', 'final-refuse')).toBe('refused');
    });
    it('with every measure recorded the officer accepts', () => {
      expect(
        transitionDecision(
          STATES['awaiting-officer'] as DecisionState,
          'officer',
          ACTIONS['officer-accept'] as DecisionAction,
          { blockers: [], organisationHasOfficer: true },
        ),
      ).toMatchObject({ ok: true, next: { status: 'accepted' } });
    });
  });
});
