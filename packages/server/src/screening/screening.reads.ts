import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { screeningHits, screenings } from './screening.schema.ts';

/*
 * Reads of the screening module's tables for other modules (records export, cockpit): they call these
 * instead of querying the tables themselves. Every read is organisation-scoped.
 */

export type TScreeningRow = typeof screenings.$inferSelect;
export type TScreeningHitRow = typeof screeningHits.$inferSelect;

/** Every screening of some contacts (oldest first) and the hits of those screenings. */
export async function screeningsOfContacts(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
): Promise<{ screenings: TScreeningRow[]; hits: TScreeningHitRow[] }> {
  if (contactIds.length === 0) return { screenings: [], hits: [] };
  const screened = await db
    .select()
    .from(screenings)
    .where(and(eq(screenings.organisationId, organisationId), inArray(screenings.contactId, contactIds)))
    .orderBy(asc(screenings.screenedAt));
  const hits = screened.length
    ? await db
        .select()
        .from(screeningHits)
        .where(
          and(
            eq(screeningHits.organisationId, organisationId),
            inArray(
              screeningHits.screeningId,
              screened.map((s) => s.id),
            ),
          ),
        )
    : [];
  return { screenings: screened, hits };
}

/** Screening hits not dispositioned yet. */
export async function countOpenHits(db: TDbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(screeningHits)
    .where(and(eq(screeningHits.organisationId, organisationId), eq(screeningHits.disposition, 'open')));
  return row?.n ?? 0;
}

/** The contacts with hits still open and the day (UTC) of each one's oldest open hit, oldest first. */
export async function contactsWithOpenHits(db: TDbOrTx, organisationId: string, limit: number) {
  const oldest = sql<string>`to_char(min(${screeningHits.createdAt}) at time zone 'UTC', 'YYYY-MM-DD')`;
  return db
    .select({ contactId: screeningHits.contactId, date: oldest })
    .from(screeningHits)
    .where(and(eq(screeningHits.organisationId, organisationId), eq(screeningHits.disposition, 'open')))
    .groupBy(screeningHits.contactId)
    .orderBy(asc(oldest))
    .limit(limit);
}
