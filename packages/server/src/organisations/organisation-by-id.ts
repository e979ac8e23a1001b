import { eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { organisations } from './organisations.schema.ts';

export type TOrganisationRow = typeof organisations.$inferSelect;

/** An organisation's row (name, enterprise number, address…), for the documents other modules print. */
export async function findOrganisationById(
  db: TDbOrTx,
  organisationId: string,
): Promise<TOrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row ?? null;
}
