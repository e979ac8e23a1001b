import { describe, expect, it } from 'vitest';
import { LEGAL_VERSION_DEFINITIONS, LEGAL_VERSIONS, legalVersionOn } from './legal-versions.ts';

describe('legalVersionOn (issue 14, item 7)', () => {
  it.each([
    ['2022-07-01', 'be-2017'],
    ['2027-07-09', 'be-2017'],
    ['2027-07-09T23:59:59.999Z', 'be-2017'],
    ['2027-07-10', 'eu-amlr-2027'],
    ['2031-01-01', 'eu-amlr-2027'],
  ] as const)('%s → %s', (day, version) => {
    expect(legalVersionOn(day)).toBe(version);
  });

  it('refuses what is not a date', () => {
    expect(() => legalVersionOn('10/07/2027')).toThrow(RangeError);
  });

  it('has versions that follow each other without a gap or an overlap', () => {
    for (let i = 1; i < LEGAL_VERSIONS.length; i++) {
      const previous = LEGAL_VERSION_DEFINITIONS[LEGAL_VERSIONS[i - 1]!];
      const next = LEGAL_VERSION_DEFINITIONS[LEGAL_VERSIONS[i]!];
      const dayAfter = new Date(`${previous.until}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(dayAfter.toISOString().slice(0, 10)).toBe(next.from);
    }
    expect(LEGAL_VERSION_DEFINITIONS[LEGAL_VERSIONS[LEGAL_VERSIONS.length - 1]!].until).toBeNull();
  });

  it('sets the beneficial-ownership threshold at "more than 25 %", then "25 % or more"', () => {
    expect(LEGAL_VERSION_DEFINITIONS['be-2017']).toMatchObject({
      ownershipThresholdBasisPoints: 2500,
      ownershipThresholdRule: 'more-than',
    });
    expect(LEGAL_VERSION_DEFINITIONS['eu-amlr-2027']).toMatchObject({
      ownershipThresholdBasisPoints: 2500,
      ownershipThresholdRule: 'at-least',
    });
  });
});
