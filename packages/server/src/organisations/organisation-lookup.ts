import { eq, inArray } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { organisations } from './organisations.schema.ts';

/*
 * Organisations as other modules look them up (the platform administrator's bank statement lines): by
 * enterprise number, and their names for a list, one query for all the ids.
 */

/** The id of the organisation registered under an enterprise number (normalised), or null. */
export async function findOrganisationIdByEnterpriseNumber(
  db: TDbOrTx,
  enterpriseNumber: string,
): Promise<string | null> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.enterpriseNumber, enterpriseNumber));
  return row?.id ?? null;
}

/** Organisations' names by id; unknown ids are left out. */
export async function organisationNamesByIds(
  db: TDbOrTx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}
