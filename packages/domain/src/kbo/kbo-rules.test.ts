import { describe, expect, it } from 'vitest';
import {
  kboDateToIso,
  kboRiskFacts,
  newestNaceVersion,
  proposeSectorFactor,
  sensitiveSectorOf,
} from './kbo-rules.ts';

describe('sensitiveSectorOf', () => {
  it('maps NACE-BEL 2008 and 2025 classes to the questionnaire sector kinds', () => {
    expect(sensitiveSectorOf({ version: '2008', code: '92000' })).toBe('gambling');
    expect(sensitiveSectorOf({ version: '2008', code: '41101' })).toBe('construction-property-development');
    // Development of building projects moved from 41.10 to 68.12 in NACE Rev. 2.1.
    expect(sensitiveSectorOf({ version: '2025', code: '68121' })).toBe('construction-property-development');
    expect(sensitiveSectorOf({ version: '2025', code: '41101' })).toBeNull();
    expect(sensitiveSectorOf({ version: '2008', code: '47770' })).toBe('art-antiques-precious-goods');
    expect(sensitiveSectorOf({ version: '2008', code: '25400' })).toBe('arms-defence');
    expect(sensitiveSectorOf({ version: '2008', code: '45111' })).toBe('cash-intensive');
    expect(sensitiveSectorOf({ version: '2008', code: '66190' })).toBe('money-services');
  });

  it('proposes nothing for ordinary activities, the 2003 version or a malformed code', () => {
    expect(sensitiveSectorOf({ version: '2008', code: '84130' })).toBeNull();
    expect(sensitiveSectorOf({ version: '2003', code: '92710' })).toBeNull();
    expect(sensitiveSectorOf({ version: '2008', code: '92' })).toBeNull();
  });
});

describe('proposeSectorFactor', () => {
  it('proposes the kind of the main activity first, with every activity of that kind', () => {
    const proposal = proposeSectorFactor([
      { version: '2008', code: '47770', classification: 'SECO' },
      { version: '2008', code: '41101', classification: 'MAIN' },
      { version: '2008', code: '41102', classification: 'SECO' },
      { version: '2008', code: '84130', classification: 'MAIN' },
    ]);
    expect(proposal).toEqual({
      factor: 'sensitive-sector',
      kind: 'construction-property-development',
      naceCodes: ['41101', '41102'],
    });
  });

  it('proposes nothing when no activity is sensitive', () => {
    expect(proposeSectorFactor([{ version: '2008', code: '84130', classification: 'MAIN' }])).toBeNull();
    expect(proposeSectorFactor([])).toBeNull();
  });
});

describe('kboRiskFacts', () => {
  it('flags a stopped enterprise and an abnormal juridical situation', () => {
    expect(kboRiskFacts({ status: 'AC', juridicalSituation: '000' })).toEqual([]);
    expect(kboRiskFacts({ status: 'AC', juridicalSituation: '001' })).toEqual([]);
    expect(kboRiskFacts({ status: 'ST', juridicalSituation: '000' })).toEqual([
      { code: 'enterprise-stopped', status: 'ST' },
    ]);
    expect(kboRiskFacts({ status: 'AC', juridicalSituation: '012' })).toEqual([
      { code: 'abnormal-juridical-situation', juridicalSituation: '012' },
    ]);
  });
});

describe('dates and versions', () => {
  it('reads KBO dates as ISO dates', () => {
    expect(kboDateToIso('09-08-1960')).toBe('1960-08-09');
    expect(kboDateToIso('')).toBeNull();
    expect(kboDateToIso('1960-08-09')).toBeNull();
  });

  it('shows the newest NACE version', () => {
    expect(
      newestNaceVersion([
        { version: '2003', code: '1' },
        { version: '2025', code: '2' },
        { version: '2008', code: '3' },
      ]),
    ).toBe('2025');
    expect(newestNaceVersion([])).toBeNull();
  });
});
