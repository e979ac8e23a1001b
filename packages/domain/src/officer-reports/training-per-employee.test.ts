import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TrainingMember, trainingPerEmployee } from './training-per-employee.ts';

const member = (userId: string, name: string, overrides: Partial<TrainingMember> = {}): TrainingMember => ({
  userId,
  name,
  active: true,
  memberSince: '2024-03-01',
  ...overrides,
});

describe('training per employee (issue 14, item 13)', () => {
  const members = [
    member('u-anna', 'Anna Peeters'),
    member('u-bart', 'Bart Janssens'),
    member('u-chloe', 'Chloé Dubois'),
    member('u-dirk', 'Dirk Maes', { active: false }),
    member('u-eva', 'Eva Claes', { memberSince: '2027-01-15' }),
    member('u-fien', 'Fien Wouters', { active: false }),
  ];
  const sessions = [
    { heldOn: '2026-02-10', attendeeUserIds: ['u-anna', 'u-bart', 'u-dirk'] },
    { heldOn: '2026-09-22', attendeeUserIds: ['u-anna', 'u-anna'] },
    { heldOn: '2025-11-30', attendeeUserIds: ['u-chloe'] },
    { heldOn: '2027-01-20', attendeeUserIds: ['u-chloe', 'u-eva'] },
  ];

  it('counts the sessions of the year per employee and names who had none', () => {
    expect(trainingPerEmployee(2026, members, sessions)).toEqual({
      perEmployee: [
        { userId: 'u-anna', name: 'Anna Peeters', sessions: 2, lastHeldOn: '2026-09-22' },
        { userId: 'u-bart', name: 'Bart Janssens', sessions: 1, lastHeldOn: '2026-02-10' },
        { userId: 'u-chloe', name: 'Chloé Dubois', sessions: 0, lastHeldOn: null },
        // Has left since, but attended that year: counted for the year.
        { userId: 'u-dirk', name: 'Dirk Maes', sessions: 1, lastHeldOn: '2026-02-10' },
      ],
      withoutTraining: [{ userId: 'u-chloe', name: 'Chloé Dubois' }],
    });
  });

  it('leaves out who joined after the year and former members who did not attend', () => {
    const result = trainingPerEmployee(2026, members, sessions);
    expect(result.perEmployee.map((e) => e.userId)).not.toContain('u-eva');
    expect(result.perEmployee.map((e) => e.userId)).not.toContain('u-fien');
    const next = trainingPerEmployee(2027, members, sessions);
    expect(next.perEmployee.find((e) => e.userId === 'u-eva')).toMatchObject({ sessions: 1 });
    expect(next.withoutTraining.map((e) => e.userId)).toEqual(['u-anna', 'u-bart']);
  });

  it('gives everyone none in a year without sessions', () => {
    const result = trainingPerEmployee(2024, members, sessions);
    expect(result.withoutTraining.map((e) => e.userId)).toEqual(['u-anna', 'u-bart', 'u-chloe']);
  });

  it('counts each session at most once per employee and never more sessions than held', () => {
    const ids = ['a', 'b', 'c'];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...ids), { maxLength: 6 }), { maxLength: 8 }),
        (attendance) => {
          const held = attendance.map((attendeeUserIds, i) => ({
            heldOn: `2026-0${(i % 9) + 1}-01`,
            attendeeUserIds,
          }));
          const result = trainingPerEmployee(
            2026,
            ids.map((id) => member(id, id)),
            held,
          );
          return result.perEmployee.every(
            (e) =>
              e.sessions <= held.length &&
              e.sessions === held.filter((s) => s.attendeeUserIds.includes(e.userId)).length &&
              (e.sessions === 0) === result.withoutTraining.some((w) => w.userId === e.userId),
          );
        },
      ),
    );
  });
});
