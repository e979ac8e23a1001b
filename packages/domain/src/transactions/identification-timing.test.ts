import { describe, expect, it } from 'vitest';
import {
  checkTransactionDates,
  findLateIdentifications,
  newLateIdentifications,
  type TimingRole,
} from './identification-timing.ts';

const BROKERAGE = '2026-03-10';
const AGREEMENT = '2026-05-20';
const dayBefore = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('findLateIdentifications (issue 14, item 10)', () => {
  // Every role × identification relative to its own deadline × whether that deadline's date is recorded.
  const roles: TimingRole[] = ['client', 'counterparty'];
  const moments = ['before', 'same-day', 'after'] as const;
  const cases = roles.flatMap((role) =>
    moments.flatMap((moment) => [true, false].map((recorded) => ({ role, moment, recorded }))),
  );
  it.each(cases)(
    '$role identified $moment its deadline (date recorded: $recorded)',
    ({ role, moment, recorded }) => {
      const deadlineDate = role === 'client' ? BROKERAGE : AGREEMENT;
      const identifiedOn =
        moment === 'before'
          ? dayBefore(deadlineDate)
          : moment === 'same-day'
            ? deadlineDate
            : dayAfter(deadlineDate);
      const late = findLateIdentifications({
        brokerageAgreementDate: role === 'client' && !recorded ? null : BROKERAGE,
        agreementDate: role === 'counterparty' && !recorded ? null : AGREEMENT,
        parties: [{ contactId: 'p', role, identifiedOn }],
      });
      if (moment === 'after' && recorded) {
        expect(late).toEqual([
          {
            contactId: 'p',
            role,
            identifiedOn,
            deadline: role === 'client' ? 'brokerage-agreement' : 'agreement',
            deadlineDate,
            daysLate: 1,
          },
        ]);
      } else {
        expect(late).toEqual([]);
      }
    },
  );

  it('holds the client to the brokerage agreement and the counterparty to the accepted offer, not the other way round', () => {
    // Identified between the two agreements: late as a client, in time as a counterparty.
    const between = '2026-04-01';
    const late = findLateIdentifications({
      brokerageAgreementDate: BROKERAGE,
      agreementDate: AGREEMENT,
      parties: [
        { contactId: 'seller', role: 'client', identifiedOn: between },
        { contactId: 'buyer', role: 'counterparty', identifiedOn: between },
      ],
    });
    expect(late.map((l) => [l.contactId, l.deadline, l.daysLate])).toEqual([
      ['seller', 'brokerage-agreement', 22],
    ]);
  });

  it('counts days across a month and a leap day', () => {
    const [late] = findLateIdentifications({
      brokerageAgreementDate: '2028-02-28',
      agreementDate: null,
      parties: [{ contactId: 'c', role: 'client', identifiedOn: '2028-03-01' }],
    });
    expect(late?.daysLate).toBe(2);
  });

  it('reports only what the officer has not been told yet', () => {
    const before = findLateIdentifications({
      brokerageAgreementDate: BROKERAGE,
      agreementDate: null,
      parties: [
        { contactId: 'c', role: 'client', identifiedOn: '2026-04-01' },
        { contactId: 'k', role: 'counterparty', identifiedOn: '2026-06-01' },
      ],
    });
    const after = findLateIdentifications({
      brokerageAgreementDate: BROKERAGE,
      agreementDate: AGREEMENT,
      parties: [
        { contactId: 'c', role: 'client', identifiedOn: '2026-04-01' },
        { contactId: 'k', role: 'counterparty', identifiedOn: '2026-06-01' },
      ],
    });
    expect(newLateIdentifications(before, after).map((l) => l.contactId)).toEqual(['k']);
    expect(newLateIdentifications(after, after)).toEqual([]);
    // Moving a date to an earlier day is a new lateness (a different deadline date).
    const moved = findLateIdentifications({
      brokerageAgreementDate: '2026-03-01',
      agreementDate: AGREEMENT,
      parties: [{ contactId: 'c', role: 'client', identifiedOn: '2026-04-01' }],
    });
    expect(newLateIdentifications(after, moved).map((l) => l.deadlineDate)).toEqual(['2026-03-01']);
  });
});

describe('checkTransactionDates', () => {
  const today = '2026-06-30';
  it('accepts no dates, past dates, today, and an agreement on the day of the brokerage agreement', () => {
    expect(checkTransactionDates({ brokerageAgreementDate: null, agreementDate: null, today })).toEqual([]);
    expect(checkTransactionDates({ brokerageAgreementDate: BROKERAGE, agreementDate: today, today })).toEqual(
      [],
    );
    expect(
      checkTransactionDates({ brokerageAgreementDate: BROKERAGE, agreementDate: BROKERAGE, today }),
    ).toEqual([]);
  });
  it('refuses a date in the future and an agreement before the brokerage agreement', () => {
    expect(
      checkTransactionDates({ brokerageAgreementDate: '2026-07-01', agreementDate: '2026-07-02', today }),
    ).toEqual([
      { field: 'brokerageAgreementDate', error: 'date-in-future' },
      { field: 'agreementDate', error: 'date-in-future' },
    ]);
    expect(
      checkTransactionDates({ brokerageAgreementDate: AGREEMENT, agreementDate: BROKERAGE, today }),
    ).toEqual([{ field: 'agreementDate', error: 'agreement-before-brokerage' }]);
  });
});
