import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { goamlReports } from './goaml.schema.ts';

/* Reads of the goAML module's tables for other modules (the annual report). Organisation-scoped. */

/** goAML reports submitted (then maybe answered) on a day in [fromDay, toDay) (`YYYY-MM-DD`). */
export async function countGoAmlReportsSubmitted(
  db: TDbOrTx,
  organisationId: string,
  fromDay: string,
  toDay: string,
): Promise<number> {
  const [submitted] = await db
    .select({ n: count() })
    .from(goamlReports)
    .where(
      and(
        eq(goamlReports.organisationId, organisationId),
        inArray(goamlReports.status, ['submitted', 'answered']),
        sql`(${goamlReports.state}->>'submittedOn') >= ${fromDay}`,
        sql`(${goamlReports.state}->>'submittedOn') < ${toDay}`,
      ),
    );
  return submitted?.n ?? 0;
}
