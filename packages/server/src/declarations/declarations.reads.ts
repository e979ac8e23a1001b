import { and, asc, eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { caseEvents } from './declarations.schema.ts';

/*
 * Reads of the declarations module's tables for other modules (records export, cockpit, annual report):
 * they call these instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TCaseEventRow = typeof caseEvents.$inferSelect;

/** The case events of some subjects (risk profiles, transactions), oldest first. */
export async function caseEventsOfSubjects(
  db: TDbOrTx,
  organisationId: string,
  subjectIds: string[],
): Promise<TCaseEventRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.organisationId, organisationId), inArray(caseEvents.subjectId, subjectIds)))
    .orderBy(asc(caseEvents.createdAt));
}
