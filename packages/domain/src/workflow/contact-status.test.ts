import { describe, expect, it } from 'vitest';
import { type ContactAction, type ContactStatus, transitionContact } from './contact-status.ts';
import type { ActorRole } from './transition.ts';

const STATES: Record<string, ContactStatus> = {
  draft: { status: 'draft' },
  'screened-normal': { status: 'screened', firstLevel: 'normal' },
  'screened-heightened': { status: 'screened', firstLevel: 'heightened' },
  accepted: { status: 'accepted', firstLevel: 'normal' },
  refused: { status: 'refused' },
  blocked: { status: 'blocked', reason: 'Reported to CTIF' },
};

const ACTIONS: Record<string, ContactAction> = {
  screen: { type: 'screen', level: 'normal' },
  accept: { type: 'accept' },
  refuse: { type: 'refuse' },
  block: { type: 'block', reason: 'Reported to CTIF' },
  unblock: { type: 'unblock' },
};

const same = (outcome: string): [string, string] => [outcome, outcome];
const officerOnly = (outcome: string): [string, string] => ['forbidden-role', outcome];
const screened = {
  accept: same('accepted'),
  refuse: same('refused'),
  screen: same('screened'),
  block: officerOnly('blocked'),
};
const EXPECTED: Record<string, Partial<Record<string, [string, string]>>> = {
  draft: { screen: same('screened') },
  'screened-normal': screened,
  'screened-heightened': screened,
  accepted: { screen: same('screened'), block: officerOnly('blocked') },
  refused: {},
  blocked: { unblock: officerOnly('draft') },
};

const ROLES: ActorRole[] = ['collaborator', 'officer'];
const cases = Object.keys(STATES).flatMap((state) =>
  Object.keys(ACTIONS).flatMap((action) => ROLES.map((role, index) => ({ state, action, role, index }))),
);

describe('transitionContact', () => {
  it.each(cases)('$state × $role × $action', ({ state, action, role, index }) => {
    const expected = EXPECTED[state]?.[action]?.[index] ?? 'invalid-transition';
    const result = transitionContact(STATES[state] as ContactStatus, role, ACTIONS[action] as ContactAction);
    expect(result.ok ? result.next.status : result.error).toBe(expected);
  });

  it('notifies the officer when a contact is accepted despite heightened vigilance', () => {
    expect(
      transitionContact(STATES['screened-heightened'] as ContactStatus, 'collaborator', { type: 'accept' }),
    ).toEqual({
      ok: true,
      next: { status: 'accepted', firstLevel: 'heightened' },
      effects: ['notify-officer'],
    });
    expect(
      transitionContact(STATES['screened-normal'] as ContactStatus, 'collaborator', { type: 'accept' }),
    ).toMatchObject({
      effects: [],
    });
  });

  it('records the screening level and requires a reason to block', () => {
    expect(
      transitionContact({ status: 'draft' }, 'collaborator', { type: 'screen', level: 'heightened' }),
    ).toMatchObject({
      next: { status: 'screened', firstLevel: 'heightened' },
    });
    expect(
      transitionContact(STATES.accepted as ContactStatus, 'officer', { type: 'block', reason: ' ' }),
    ).toEqual({
      ok: false,
      error: 'reason-required',
    });
  });
});
