import { describe, expect, it } from 'vitest';
import {
  ACCEPTANCE_BLOCKER_ARTICLES,
  ACCEPTANCE_BLOCKERS,
  findAcceptanceBlockers,
} from './acceptance-blockers.ts';
import type { ContactFacts } from './contact-facts.ts';

type Hit = ContactFacts['screeningHits'][number];
const LISTS: Hit['list'][] = [
  'eu-sanctions',
  'un-sanctions',
  'be-national',
  'other-sanctions',
  'watchlist',
  'pep',
];
const STATUSES: Hit['status'][] = ['open', 'true-match', 'false-positive'];

describe('findAcceptanceBlockers', () => {
  it.each(LISTS.flatMap((list) => STATUSES.map((status) => ({ list, status }))))(
    'a $status hit on $list',
    (hit) => {
      const isFreeze = hit.status === 'true-match' && !['watchlist', 'pep'].includes(hit.list);
      expect(findAcceptanceBlockers({ screeningHits: [hit] })).toEqual(
        isFreeze ? ['sanctions-true-match'] : [],
      );
    },
  );

  it('any intended cash payment blocks; a transfer or no answer does not', () => {
    expect(findAcceptanceBlockers({ screeningHits: [], answers: { cashPayment: true } })).toEqual([
      'cash-payment',
    ]);
    expect(findAcceptanceBlockers({ screeningHits: [], answers: { cashPayment: false } })).toEqual([]);
    expect(findAcceptanceBlockers({ screeningHits: [] })).toEqual([]);
  });

  it('reports both, in catalogue order, each with its provision', () => {
    const both = findAcceptanceBlockers({
      screeningHits: [
        { list: 'pep', status: 'open' },
        { list: 'eu-sanctions', status: 'true-match' },
      ],
      answers: { cashPayment: true },
    });
    expect(both).toEqual(['sanctions-true-match', 'cash-payment']);
    for (const code of ACCEPTANCE_BLOCKERS) expect(ACCEPTANCE_BLOCKER_ARTICLES[code]).toMatch(/\S/);
    expect(ACCEPTANCE_BLOCKER_ARTICLES['cash-payment']).toBe('loi 18/09/2017 art. 67');
  });

  it('identification that cannot be completed blocks a contact (loi art. 33)', () => {
    const complete = { beneficialOwnersVerified: true, identityDocumentExpired: false };
    expect(findAcceptanceBlockers({ screeningHits: [], identification: complete })).toEqual([]);
    expect(
      findAcceptanceBlockers({
        screeningHits: [],
        identification: { ...complete, beneficialOwnersVerified: null },
      }),
    ).toEqual([]);
    expect(
      findAcceptanceBlockers({
        screeningHits: [],
        identification: { beneficialOwnersVerified: false, identityDocumentExpired: true },
      }),
    ).toEqual(['beneficial-owners-missing', 'identity-document-expired']);
  });
});
