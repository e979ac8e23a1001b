import { type CountryRiskLists, ZCountryRiskLists } from '@vigilo/domain/risk/index.ts';
import { desc } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TDb, TDbOrTx } from '../db/client.ts';
import { countryRiskVersions } from './screening.schema.ts';

export type TCountryRiskProvenance = Partial<
  Record<'fatfCallForAction' | 'fatfIncreasedMonitoring' | 'euHighRiskThirdCountries', TListProvenance>
>;
type TListProvenance = { source: string; date: string; url?: string };

/** The high-risk jurisdiction lists of one published version, with where each comes from. */
export type TCountryRisk = {
  version: number;
  publishedOn: string;
  lists: CountryRiskLists;
  provenance: TCountryRiskProvenance;
};

/** The high-risk jurisdiction lists in force (the newest published version), with where each comes from. */
export async function currentCountryRisk(db: TDbOrTx): Promise<TCountryRisk | null> {
  const [row] = await db
    .select()
    .from(countryRiskVersions)
    .orderBy(desc(countryRiskVersions.version))
    .limit(1);
  return row ? countryRiskOf(row) : null;
}

/** A stored version's lists, checked, with their provenance (kept beside the lists in the same JSON). */
export function countryRiskOf(row: { version: number; publishedOn: string; lists: unknown }): TCountryRisk {
  const lists = ZCountryRiskLists.parse({ ...(row.lists as object), version: String(row.version) });
  const provenance = ((row.lists as { provenance?: TCountryRiskProvenance }).provenance ??
    {}) as TCountryRiskProvenance;
  return { version: row.version, publishedOn: row.publishedOn, lists, provenance };
}

/** The platform administrator publishes a new version (e.g. after a FATF plenary). */
export async function publishCountryRisk(
  db: TDb,
  adminId: string,
  input: {
    publishedOn: string;
    fatfCallForAction: string[];
    fatfIncreasedMonitoring: string[];
    euHighRiskThirdCountries: string[];
  },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const current = await currentCountryRisk(tx);
    const version = (current?.version ?? 0) + 1;
    const lists = {
      fatfCallForAction: input.fatfCallForAction.map((c) => c.toUpperCase()),
      fatfIncreasedMonitoring: input.fatfIncreasedMonitoring.map((c) => c.toUpperCase()),
      euHighRiskThirdCountries: input.euHighRiskThirdCountries.map((c) => c.toUpperCase()),
    };
    const byAdmin = { source: 'published by a platform administrator', date: input.publishedOn };
    const provenance: TCountryRiskProvenance = {
      fatfCallForAction: byAdmin,
      fatfIncreasedMonitoring: byAdmin,
      euHighRiskThirdCountries: byAdmin,
    };
    await tx.insert(countryRiskVersions).values({
      version,
      publishedOn: input.publishedOn,
      lists: { ...lists, provenance },
      createdBy: adminId,
    });
    await recordAudit(tx, {
      actorUserId: adminId,
      action: 'screening.country_risk_published',
      subjectType: 'platform',
      subjectId: String(version),
      payload: { publishedOn: input.publishedOn, ...lists },
      ip,
    });
    return version;
  });
}
