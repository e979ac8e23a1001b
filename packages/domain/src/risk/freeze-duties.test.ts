import { describe, expect, it } from 'vitest';
import { checkFreezeRecord, type FreezeHit, freezeDutiesOf } from './freeze-duties.ts';

const LISTS = ['eu-sanctions', 'un-sanctions', 'be-national', 'other-sanctions', 'pep', 'watchlist'];
const DISPOSITIONS = ['open', 'true_match', 'false_positive'] as const;
const record = { duty: 'treasury-notification', doneOn: '2026-11-30', reference: 'TRES-2026-0042' } as const;

describe('asset-freeze duties of a confirmed sanctions match', () => {
  it.each(LISTS.flatMap((list) => DISPOSITIONS.map((disposition) => ({ list, disposition }))))(
    '$list × $disposition',
    (hit: FreezeHit) => {
      const isFreeze = hit.disposition === 'true_match' && !['pep', 'watchlist'].includes(hit.list);
      const duties = freezeDutiesOf(hit, []);
      expect(duties.map((d) => d.duty)).toEqual(isFreeze ? ['ctif-report', 'treasury-notification'] : []);
      const checked = checkFreezeRecord(hit, [], record, '2026-12-02');
      expect(checked.ok ? 'ok' : checked.error).toBe(isFreeze ? 'ok' : 'not-a-confirmed-freeze');
    },
  );

  it('shows each duty done or due, with its article', () => {
    const hit: FreezeHit = { list: 'eu-sanctions', disposition: 'true_match' };
    expect(freezeDutiesOf(hit, [record])).toEqual([
      { duty: 'ctif-report', article: 'loi 18/09/2017 art. 47', record: null },
      {
        duty: 'treasury-notification',
        article: expect.stringContaining('Treasury'),
        record,
      },
    ]);
  });

  it('records each duty once, on a real past date, with a reference', () => {
    const hit: FreezeHit = { list: 'be-national', disposition: 'true_match' };
    const today = '2026-12-02';
    const outcome = (r: typeof record | { duty: 'ctif-report'; doneOn: string; reference: string }) => {
      const checked = checkFreezeRecord(hit, [record], r, today);
      return checked.ok ? checked.record : checked.error;
    };
    expect(outcome(record)).toBe('already-recorded');
    expect(outcome({ duty: 'ctif-report', doneOn: '2026-02-30', reference: 'x' })).toBe('invalid-date');
    expect(outcome({ duty: 'ctif-report', doneOn: '2026-12-03', reference: 'x' })).toBe('date-in-future');
    expect(outcome({ duty: 'ctif-report', doneOn: '2026-12-02', reference: '  ' })).toBe(
      'reference-required',
    );
    expect(outcome({ duty: 'ctif-report', doneOn: '2026-12-02', reference: ' GOAML-1 ' })).toEqual({
      duty: 'ctif-report',
      doneOn: '2026-12-02',
      reference: 'GOAML-1',
    });
  });
});
