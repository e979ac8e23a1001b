import { describe, expect, it } from 'vitest';
import {
  canBecomeOfficer,
  checkMemberChange,
  checkMemberRemoval,
  checkStepDown,
  type TMemberFacts,
} from './member-rules.ts';

const member = (over: Partial<TMemberFacts> = {}): TMemberFacts => ({
  status: 'active',
  isManager: false,
  toolRole: 'none',
  otherManagers: 1,
  otherOfficers: 1,
  hasRequiredRecognition: true,
  ...over,
});

describe('checkMemberChange', () => {
  it('never leaves an organisation without a manager', () => {
    expect(checkMemberChange(member({ isManager: true, otherManagers: 0 }), { isManager: false })).toBe(
      'last_manager',
    );
    expect(checkMemberChange(member({ isManager: true, otherManagers: 1 }), { isManager: false })).toBeNull();
  });
  it('gives tool access only to confirmed members holding the recognition', () => {
    expect(checkMemberChange(member({ status: 'pending' }), { toolRole: 'collaborator' })).toBe(
      'member_not_active',
    );
    expect(checkMemberChange(member({ hasRequiredRecognition: false }), { toolRole: 'collaborator' })).toBe(
      'recognition_required',
    );
    expect(checkMemberChange(member(), { toolRole: 'officer' })).toBeNull();
  });
  it('allows removing tool access without the recognition', () => {
    expect(
      checkMemberChange(member({ toolRole: 'collaborator', hasRequiredRecognition: false }), {
        toolRole: 'none',
      }),
    ).toBeNull();
  });
  it('keeps the last AML officer', () => {
    expect(
      checkMemberChange(member({ toolRole: 'officer', otherOfficers: 0 }), { toolRole: 'collaborator' }),
    ).toBe('last_officer');
    expect(
      checkMemberChange(member({ toolRole: 'officer', otherOfficers: 1 }), { toolRole: 'none' }),
    ).toBeNull();
  });
  it('accepts a change that changes nothing', () => {
    expect(
      checkMemberChange(member({ toolRole: 'officer', otherOfficers: 0 }), { toolRole: 'officer' }),
    ).toBeNull();
  });
});

describe('checkMemberRemoval', () => {
  it('refuses removing the last manager or the last officer, not a pending member', () => {
    expect(checkMemberRemoval(member({ isManager: true, otherManagers: 0 }))).toBe('last_manager');
    expect(checkMemberRemoval(member({ toolRole: 'officer', otherOfficers: 0 }))).toBe('last_officer');
    expect(checkMemberRemoval(member({ status: 'pending', isManager: true, otherManagers: 0 }))).toBeNull();
  });
});

describe('canBecomeOfficer', () => {
  const facts = (over: Partial<TMemberFacts & { mayBecomeOfficer: boolean }> = {}) => ({
    ...member(),
    mayBecomeOfficer: false,
    ...over,
  });
  it('lets any recognised member claim the role when the organisation has no officer', () => {
    expect(canBecomeOfficer(facts({ otherOfficers: 0 }))).toBeNull();
    expect(canBecomeOfficer(facts({ otherOfficers: 0, hasRequiredRecognition: false }))).toBe(
      'recognition_required',
    );
  });
  it('needs a manager or a manager’s authorisation once an officer exists', () => {
    expect(canBecomeOfficer(facts())).toBe('cannot_become_officer');
    expect(canBecomeOfficer(facts({ isManager: true }))).toBeNull();
    expect(canBecomeOfficer(facts({ mayBecomeOfficer: true }))).toBeNull();
  });
  it('refuses pending members and existing officers', () => {
    expect(canBecomeOfficer(facts({ status: 'pending', otherOfficers: 0 }))).toBe('member_not_active');
    expect(canBecomeOfficer(facts({ toolRole: 'officer' }))).toBe('cannot_become_officer');
  });
});

describe('checkStepDown', () => {
  it('lets an officer step down only if another remains', () => {
    expect(checkStepDown(member({ toolRole: 'officer', otherOfficers: 0 }))).toBe('last_officer');
    expect(checkStepDown(member({ toolRole: 'officer', otherOfficers: 2 }))).toBeNull();
    expect(checkStepDown(member({ toolRole: 'collaborator' }))).toBe('cannot_become_officer');
  });
});
