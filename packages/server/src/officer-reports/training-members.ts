import type { TrainingMember } from '@vigilo/domain/officer-reports/index.ts';
import { usersByIds } from '../accounts/accounts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { membersWithDates } from '../organisations/organisations.reads.ts';

/**
 * The people the training report counts (issue 14, item 13): the agency's members (active ones are the
 * employees) and anyone recorded as attending who is no longer a member, so a person who has left still
 * counts for the years they attended.
 */
export async function trainingMembers(
  db: TDbOrTx,
  organisationId: string,
  attendeeUserIds: readonly string[] = [],
): Promise<TrainingMember[]> {
  const rows = await membersWithDates(db, organisationId);
  const members: TrainingMember[] = rows.map((member) => ({
    userId: member.userId,
    name: `${member.firstName} ${member.lastName}`,
    active: member.status === 'active',
    memberSince: (member.confirmedAt ?? member.createdAt).toISOString().slice(0, 10),
  }));
  const known = new Set(members.map((m) => m.userId));
  const former = [...new Set(attendeeUserIds)].filter((id) => !known.has(id));
  if (former.length === 0) return members;
  const formerUsers = await usersByIds(db, former);
  return [
    ...members,
    ...formerUsers.map((user) => ({
      userId: user.id,
      name: `${user.firstName} ${user.lastName}`,
      active: false,
      memberSince: user.createdAt.toISOString().slice(0, 10),
    })),
  ];
}
