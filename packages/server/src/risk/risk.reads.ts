import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { riskProfiles } from './risk.schema.ts';

/*
 * Reads of the risk module's tables for other modules (records export, cockpit, goAML, annual report):
 * they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TRiskProfileRow = typeof riskProfiles.$inferSelect;

/** Every risk profile of some contacts, oldest first. */
export async function riskProfilesOfContacts(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<TRiskProfileRow[]> {
  if (contactIds.length === 0) return [];
  return db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, organisationId), inArray(riskProfiles.contactId, contactIds)))
    .orderBy(asc(riskProfiles.createdAt));
}
