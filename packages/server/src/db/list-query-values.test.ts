import { describe, expect, it } from 'vitest';
import { listQueryValues } from './list-query-values.ts';

describe('listQueryValues', () => {
  it('makes each word a literal LIKE pattern, includes the last day and windows the page', () => {
    expect(
      listQueryValues(['50%', 'a_b', 'c\\d'], {
        createdFrom: '2026-12-01',
        createdTo: '2026-12-31',
        page: 3,
        pageSize: 25,
      }),
    ).toEqual({
      term0: '%50\\%%',
      term1: '%a\\_b%',
      term2: '%c\\\\d%',
      createdFrom: '2026-12-01T00:00:00Z',
      createdTo: '2027-01-01T00:00:00.000Z',
      limit: 25,
      offset: 50,
    });
  });

  it('leaves the dates out when none is given', () => {
    expect(listQueryValues([], { page: 1, pageSize: 10 })).toEqual({
      createdFrom: undefined,
      createdTo: undefined,
      limit: 10,
      offset: 0,
    });
  });
});
