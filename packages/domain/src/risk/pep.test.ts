import { describe, expect, it } from 'vitest';
import { findAcceptanceBlockers, isPepCase, PEP_MEASURE_BLOCKERS } from './acceptance-blockers.ts';
import { DEFAULT_ACCEPTANCE_POLICY } from './acceptance-policy.ts';
import { computeVigilance } from './compute-vigilance.ts';
import { ZContactFacts } from './contact-facts.ts';
import {
  addMonths,
  canEndPepVigilance,
  PEP_STATUSES,
  type PepStanding,
  pepAssessableFrom,
  pepForcesHeightened,
  pepStanding,
} from './pep.ts';
import { CONTACT_BUYER_QUESTIONNAIRE } from './questionnaires/index.ts';
import { cleanBuyerAnswers, cleanPerson, countryRisk } from './test-fixtures.ts';

const TODAY = '2026-12-02';
const assessment = (functionEndDate: string, assessedOn = TODAY) => ({ functionEndDate, assessedOn });

describe('addMonths', () => {
  it('adds months across years and clamps to the last day of the month', () => {
    expect(addMonths('2025-12-02', 12)).toBe('2026-12-02');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(pepAssessableFrom('2025-12-03')).toBe('2026-12-03');
  });
});

describe('pepStanding (loi art. 41)', () => {
  const cases: [string, Parameters<typeof pepStanding>, PepStanding][] = [
    ['no status', [{ status: 'none', endDate: '2020-01-01' }, TODAY], 'not-pep'],
    ['no end date', [{ status: 'holder' }, TODAY], 'in-office'],
    ['end date ahead', [{ status: 'holder', endDate: '2027-01-01' }, TODAY], 'in-office'],
    ['left today', [{ status: 'holder', endDate: TODAY }, TODAY], 'left-within-12-months'],
    [
      'left 12 months minus a day ago',
      [{ status: 'holder', endDate: '2025-12-03' }, TODAY],
      'left-within-12-months',
    ],
    [
      'left exactly 12 months ago',
      [{ status: 'holder', endDate: '2025-12-02' }, TODAY],
      'left-over-12-months',
    ],
    ['left years ago', [{ status: 'family-member', endDate: '2019-05-01' }, TODAY], 'left-over-12-months'],
    [
      'assessed after the 12 months',
      [{ status: 'close-associate', endDate: '2019-05-01' }, TODAY, assessment('2019-05-01')],
      'risk-ended',
    ],
    [
      'an assessment for another function does not count',
      [{ status: 'holder', endDate: '2019-05-01' }, TODAY, assessment('2018-01-01')],
      'left-over-12-months',
    ],
    [
      'an assessment dated within the 12 months does not count',
      [{ status: 'holder', endDate: '2025-06-01' }, TODAY, assessment('2025-06-01', '2026-01-01')],
      'left-over-12-months',
    ],
    [
      'an assessment never ends a PEP still in office',
      [{ status: 'holder', endDate: null }, TODAY, assessment('2019-05-01')],
      'in-office',
    ],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    expect(pepStanding(...args)).toBe(expected);
  });

  it('lets the officer end it only after the 12 months, once', () => {
    const standings: PepStanding[] = [
      'not-pep',
      'in-office',
      'left-within-12-months',
      'left-over-12-months',
      'risk-ended',
    ];
    expect(Object.fromEntries(standings.map((s) => [s, canEndPepVigilance(s)]))).toEqual({
      'not-pep': { ok: false, error: 'not-pep' },
      'in-office': { ok: false, error: 'still-in-office' },
      'left-within-12-months': { ok: false, error: 'within-12-months' },
      'left-over-12-months': { ok: true },
      'risk-ended': { ok: false, error: 'already-ended' },
    });
    expect(standings.filter(pepForcesHeightened)).toEqual([
      'in-office',
      'left-within-12-months',
      'left-over-12-months',
    ]);
  });
});

describe('a PEP declared in the identification data', () => {
  const compute = (pep: (typeof PEP_STATUSES)[number], standing: PepStanding, answers = {}) =>
    computeVigilance({
      questionnaire: CONTACT_BUYER_QUESTIONNAIRE,
      answers: { ...cleanBuyerAnswers, ...answers },
      contactFacts: ZContactFacts.parse({ ...cleanPerson, pep, pepStanding: standing }),
      policy: DEFAULT_ACCEPTANCE_POLICY,
      countryRisk,
      on: '2026-12-01',
    });
  const STANDINGS: PepStanding[] = [
    'in-office',
    'left-within-12-months',
    'left-over-12-months',
    'risk-ended',
  ];
  const expected: Record<PepStanding, (status: string) => string[]> = {
    'not-pep': () => [],
    'in-office': (s) => [s === 'holder' ? 'pep' : 'pep-family-or-associate'],
    'left-within-12-months': (s) => [s === 'holder' ? 'pep' : 'pep-family-or-associate'],
    'left-over-12-months': () => ['former-pep'],
    'risk-ended': () => [],
  };
  const grid = PEP_STATUSES.filter((s) => s !== 'none').flatMap((status) =>
    STANDINGS.map((standing) => ({ status, standing })),
  );
  it.each(grid)('$status, $standing', ({ status, standing }) => {
    const result = compute(status, standing);
    expect(result.factors.map((f) => [f.code, f.source])).toEqual(
      expected[standing](status).map((code) => [code, 'contact']),
    );
    expect(result.level).toBe(standing === 'risk-ended' ? 'normal' : 'heightened');
  });

  it('the officer\'s assessment also answers "left office more than 12 months ago"', () => {
    const answers = { isPep: true, pepRole: 'holder', pepFunction: 'Mayor', pepLeftOfficeOver12Months: true };
    expect(compute('holder', 'risk-ended', answers).level).toBe('normal');
    expect(compute('holder', 'left-over-12-months', answers).factors.map((f) => f.code)).toEqual([
      'former-pep',
    ]);
  });

  it('a confirmed PEP hit follows the recorded end of office', () => {
    const hits = [{ list: 'pep' as const, status: 'true-match' as const }];
    const facts = (standing: PepStanding) =>
      ZContactFacts.parse({ ...cleanPerson, pep: 'holder', pepStanding: standing, screeningHits: hits });
    const codes = (standing: PepStanding) =>
      computeVigilance({
        questionnaire: CONTACT_BUYER_QUESTIONNAIRE,
        answers: cleanBuyerAnswers,
        contactFacts: facts(standing),
        policy: DEFAULT_ACCEPTANCE_POLICY,
        on: '2026-12-01',
      }).factors.map((f) => f.code);
    expect(codes('in-office')).toEqual(['pep']);
    expect(codes('left-over-12-months')).toEqual(['former-pep']);
    expect(codes('risk-ended')).toEqual([]);
  });
});

describe('PEP measures before acceptance (loi art. 41 §1)', () => {
  const facts = (overrides: object) => ZContactFacts.parse({ ...cleanPerson, ...overrides });
  it('a case is a PEP case from its factors or from the facts now', () => {
    expect(isPepCase(['pep'])).toBe(true);
    expect(isPepCase(['former-pep'])).toBe(true);
    expect(isPepCase(['non-resident'])).toBe(false);
    expect(isPepCase([], facts({ screeningHits: [{ list: 'pep', status: 'open' }] }))).toBe(true);
    expect(isPepCase([], facts({ screeningHits: [{ list: 'pep', status: 'false-positive' }] }))).toBe(false);
    expect(isPepCase([], facts({ pep: 'family-member', pepStanding: 'left-over-12-months' }))).toBe(true);
    expect(isPepCase([], facts({ pep: 'holder', pepStanding: 'risk-ended' }))).toBe(false);
  });

  // Every combination of the three recorded measures.
  const combos = [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => ({
    sourceOfWealthRecorded: Boolean(mask & 1),
    sourceOfFundsRecorded: Boolean(mask & 2),
    seniorManagementApproved: Boolean(mask & 4),
  }));
  it.each(combos)(
    'wealth $sourceOfWealthRecorded, funds $sourceOfFundsRecorded, approval $seniorManagementApproved',
    (pepMeasures) => {
      const missing = [
        !pepMeasures.sourceOfWealthRecorded && 'pep-source-of-wealth-missing',
        !pepMeasures.sourceOfFundsRecorded && 'pep-source-of-funds-missing',
        !pepMeasures.seniorManagementApproved && 'pep-senior-management-approval-missing',
      ].filter(Boolean);
      expect(findAcceptanceBlockers({ screeningHits: [], pepMeasures })).toEqual(missing);
    },
  );

  it('a case that is not a PEP case needs none of them', () => {
    const blockers = findAcceptanceBlockers({ screeningHits: [] });
    expect(blockers.filter((b) => (PEP_MEASURE_BLOCKERS as readonly string[]).includes(b))).toEqual([]);
  });
});
