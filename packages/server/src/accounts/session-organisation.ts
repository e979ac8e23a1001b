import type { TDbOrTx } from '../db/client.ts';
import { setActiveOrganisation } from './sessions.repository.ts';

/**
 * Makes an organisation the session's active one (null: none), for the organisations module that decides
 * when a user may act in it; pass the caller's transaction so the switch commits with its audit record.
 */
export async function activateOrganisationForSession(
  db: TDbOrTx,
  sessionId: string,
  organisationId: string | null,
): Promise<void> {
  await setActiveOrganisation(db, sessionId, organisationId);
}
