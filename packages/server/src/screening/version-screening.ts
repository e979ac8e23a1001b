import { and, desc, eq } from 'drizzle-orm';
import type { TContactScreening } from '../contacts/contact-screening-port.ts';
import type { TDbOrTx } from '../db/client.ts';
import { screeningHits, screenings } from './screening.schema.ts';

type TVersionScreening = Awaited<ReturnType<TContactScreening['screeningOfVersion']>>;

/**
 * The screening of a contact version (the latest one if it was screened again), as the acceptance
 * document shows it: lists used, level, and each hit with its disposition.
 */
export async function screeningOfVersion(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  versionNo: number,
): Promise<TVersionScreening> {
  const [screening] = await db
    .select()
    .from(screenings)
    .where(
      and(
        eq(screenings.organisationId, organisationId),
        eq(screenings.contactId, contactId),
        eq(screenings.contactVersionNo, versionNo),
      ),
    )
    .orderBy(desc(screenings.screenedAt))
    .limit(1);
  if (!screening) return null;
  const hits = await db.select().from(screeningHits).where(eq(screeningHits.screeningId, screening.id));
  return {
    checkedAt: screening.screenedAt.toISOString(),
    listVersions: (screening.listVersions as { source: string; date: string }[]).map(
      (v) => `${v.source} ${v.date}`,
    ),
    level: screening.level,
    hits: hits.map((h) => ({
      list: h.list,
      entryId: h.entryId,
      matchedName: h.matchedName,
      score: h.score,
      disposition: h.disposition === 'open' ? null : h.disposition,
    })),
  };
}
