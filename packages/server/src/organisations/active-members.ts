import type { TDbOrTx } from '../db/client.ts';
import { listActiveMembersAmong } from './memberships.repository.ts';

export type TMemberUser = Awaited<ReturnType<typeof listActiveMembersAmong>>[number]['user'];

/**
 * Which of these people are still active members of the organisation (e.g. the authors a reminder goes to):
 * other modules ask here instead of joining the memberships table themselves.
 */
export async function activeMembersAmong(
  db: TDbOrTx,
  organisationId: string,
  userIds: readonly string[],
): Promise<TMemberUser[]> {
  const wanted = [...new Set(userIds)];
  if (wanted.length === 0) return [];
  return (await listActiveMembersAmong(db, organisationId, wanted)).map((row) => row.user);
}
