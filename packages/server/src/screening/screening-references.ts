import { sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { countryRiskOf, type TCountryRisk } from './country-risk.service.ts';
import { activeVersionOf, type TActiveListVersion, versionsInForce } from './list-versions.service.ts';

/** What a screening matches against and weighs: the list versions and the high-risk countries in force. */
export type TScreeningReferences = {
  /** The official lists' versions and the organisation's own watch list's, the newest import of each. */
  versions: TActiveListVersion[];
  countryRisk: TCountryRisk | null;
};

/**
 * The references of one organisation's screening, read in one statement: each contact saved read them
 * in two (issue 21: with its insert, a save now sends nine statements instead of eleven). The lateral join from a single row
 * keeps the high-risk countries when no list was imported yet; the country subquery runs once.
 */
export async function screeningReferences(
  db: TDbOrTx,
  organisationId: string,
): Promise<TScreeningReferences> {
  const result = await db.execute(sql`
    select v.*, (
      select json_build_object('version', c.version, 'publishedOn', c.published_on, 'lists', c.lists)
      from country_risk_versions c order by c.version desc limit 1
    ) as country_risk
    from (select 1) as one
    left join lateral (${versionsInForce(organisationId)}) as v on true`);
  const rows = result.rows as Record<string, unknown>[];
  const countryRisk = rows[0]?.country_risk as {
    version: number;
    publishedOn: string;
    lists: unknown;
  } | null;
  return {
    versions: rows.filter((row) => row.id !== null && row.id !== undefined).map(activeVersionOf),
    countryRisk: countryRisk ? countryRiskOf(countryRisk) : null,
  };
}
