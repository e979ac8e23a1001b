/**
 * Training per employee (issue 14, item 13). The agency must train the staff concerned by AML regularly
 * (loi art. 11 §2; the officer reports on it in the annual report, 2022 regl.); each session records which
 * members attended, so the annual report counts sessions per employee and names who had none that year.
 */

export interface TrainingMember {
  userId: string;
  name: string;
  /** Whether the person is an active member of the agency now. */
  active: boolean;
  /** Day the membership began (ISO `YYYY-MM-DD`). */
  memberSince: string;
}

export interface TrainingSessionAttendance {
  heldOn: string;
  attendeeUserIds: readonly string[];
}

export interface EmployeeTraining {
  userId: string;
  name: string;
  sessions: number;
  lastHeldOn: string | null;
}

export interface TrainingPerEmployee {
  perEmployee: EmployeeTraining[];
  /** Employees with no session in the year, by name. */
  withoutTraining: { userId: string; name: string }[];
}

/**
 * Sessions attended per employee in `year`. Employees are the active members who had joined by the end
 * of the year, and anyone who attended a session that year (a member who has left since still counts for
 * the year they attended). A user listed twice in one session counts once.
 */
export function trainingPerEmployee(
  year: number,
  members: readonly TrainingMember[],
  sessions: readonly TrainingSessionAttendance[],
): TrainingPerEmployee {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const attended = new Map<string, { sessions: number; lastHeldOn: string }>();
  for (const session of sessions) {
    if (session.heldOn < from || session.heldOn > to) continue;
    for (const userId of new Set(session.attendeeUserIds)) {
      const seen = attended.get(userId);
      attended.set(userId, {
        sessions: (seen?.sessions ?? 0) + 1,
        lastHeldOn: seen && seen.lastHeldOn > session.heldOn ? seen.lastHeldOn : session.heldOn,
      });
    }
  }
  const perEmployee = members
    .filter((m) => attended.has(m.userId) || (m.active && m.memberSince <= to))
    .map((m) => ({
      userId: m.userId,
      name: m.name,
      sessions: attended.get(m.userId)?.sessions ?? 0,
      lastHeldOn: attended.get(m.userId)?.lastHeldOn ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  return {
    perEmployee,
    withoutTraining: perEmployee
      .filter((e) => e.sessions === 0)
      .map(({ userId, name }) => ({ userId, name })),
  };
}
