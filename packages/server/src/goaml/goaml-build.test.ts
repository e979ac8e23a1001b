import { describe, expect, it } from 'vitest';
import { defaultTexts } from './goaml-build.ts';
import type { TGoAmlCaseData } from './goaml-case-data.ts';

const caseData = (): TGoAmlCaseData => ({
  subject: {
    subjectType: 'risk_profile',
    subjectId: '00000000-0000-4000-8000-000000000001',
    title: () => 'Test',
    createdBy: null,
    path: '/risk-profiles/00000000-0000-4000-8000-000000000001',
  },
  status: 'awaiting-officer',
  caseReference: 'RP-1',
  contacts: {},
  subjectContactIds: [],
  transaction: null,
  factors: [
    {
      code: 'pep',
      reasonKey: 'risk.factor.pep.reason',
      // What a profile computed before the 2022 citations stored: never shown again.
      article: 'loi 18/09/2017 art. 41; règl. art. 15, al. 1er, 7e tiret',
      weight: 10,
      source: 'contact',
      forcesHeightened: true,
    },
  ],
  motivation: null,
  officerComment: null,
});

describe('goAML default texts', () => {
  it('cite the provisions in force in the report language, whatever was stored with the factor', () => {
    const nl = defaultTexts(caseData(), 'nl').reason;
    expect(nl).toContain('wet van 18 september 2017, art. 41; BIV-reglement (KB van 1 april 2022)');
    const fr = defaultTexts(caseData(), 'fr').reason;
    expect(fr).toContain('loi du 18 septembre 2017, art. 41 ; règlement IPI (AR du 1er avril 2022)');
    for (const text of [nl, fr]) expect(text).not.toMatch(/règl\.|tiret/);
  });
});
