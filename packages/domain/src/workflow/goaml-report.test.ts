import { describe, expect, it } from 'vitest';
import { type GoAmlReportAction, type GoAmlReportState, transitionGoAmlReport } from './goaml-report.ts';
import type { ActorRole } from './transition.ts';

const STATES: Record<string, GoAmlReportState> = {
  draft: { status: 'draft' },
  downloaded: { status: 'downloaded', downloadedOn: '2025-03-03', downloadCount: 1 },
  submitted: {
    status: 'submitted',
    downloadedOn: '2025-03-03',
    submittedOn: '2025-03-04',
    reference: 'BE-123',
  },
  answered: {
    status: 'answered',
    downloadedOn: '2025-03-03',
    submittedOn: '2025-03-04',
    reference: 'BE-123',
    answeredOn: '2025-03-20',
    answer: 'no-objection',
  },
};

const ACTIONS: Record<string, GoAmlReportAction> = {
  download: { type: 'download', on: '2025-03-05' },
  'record-submission': { type: 'record-submission', submittedOn: '2025-03-05', reference: 'GOAML-2025-0042' },
  'record-answer': { type: 'record-answer', answeredOn: '2025-03-25', answer: 'opposition' },
};

const EXPECTED: Record<string, Partial<Record<string, [string, string]>>> = {
  draft: { download: ['forbidden-role', 'downloaded'] },
  downloaded: {
    download: ['forbidden-role', 'downloaded'],
    'record-submission': ['forbidden-role', 'submitted'],
  },
  submitted: { 'record-answer': ['forbidden-role', 'answered'] },
  answered: {},
};

const ROLES: ActorRole[] = ['collaborator', 'officer'];
const cases = Object.keys(STATES).flatMap((state) =>
  Object.keys(ACTIONS).flatMap((action) => ROLES.map((role, index) => ({ state, action, role, index }))),
);

describe('transitionGoAmlReport', () => {
  it.each(cases)('$state × $role × $action', ({ state, action, role, index }) => {
    const expected = EXPECTED[state]?.[action]?.[index] ?? 'invalid-transition';
    const result = transitionGoAmlReport(
      STATES[state] as GoAmlReportState,
      role,
      ACTIONS[action] as GoAmlReportAction,
    );
    expect(result.ok ? result.next.status : result.error).toBe(expected);
  });

  it('runs the whole lifecycle and keeps every date and the reference', () => {
    let state: GoAmlReportState = { status: 'draft' };
    const steps: GoAmlReportAction[] = [
      { type: 'download', on: '2025-03-01' },
      { type: 'download', on: '2025-03-02' },
      { type: 'record-submission', submittedOn: '2025-03-02', reference: '  GOAML-77  ' },
      { type: 'record-answer', answeredOn: '2025-04-01', answer: 'information-request' },
    ];
    for (const step of steps) {
      const result = transitionGoAmlReport(state, 'officer', step);
      if (!result.ok) throw new Error(result.error);
      state = result.next;
    }
    expect(state).toEqual({
      status: 'answered',
      downloadedOn: '2025-03-02',
      submittedOn: '2025-03-02',
      reference: 'GOAML-77',
      answeredOn: '2025-04-01',
      answer: 'information-request',
    });
  });

  it.each([
    ['draft', { type: 'download', on: '2025-02-30' }, 'invalid-date'],
    [
      'downloaded',
      { type: 'record-submission', submittedOn: '2025-03-02', reference: 'X' },
      'date-before-previous-step',
    ],
    [
      'downloaded',
      { type: 'record-submission', submittedOn: '2025-03-04', reference: ' ' },
      'reference-required',
    ],
    ['downloaded', { type: 'record-submission', submittedOn: '4/3/2025', reference: 'X' }, 'invalid-date'],
    [
      'submitted',
      { type: 'record-answer', answeredOn: '2025-03-01', answer: 'no-objection' },
      'date-before-previous-step',
    ],
  ] as const)('refuses bad data in %s: %j → %s', (state, action, error) => {
    expect(transitionGoAmlReport(STATES[state] as GoAmlReportState, 'officer', action)).toEqual({
      ok: false,
      error,
    });
  });
});
