import { eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { allowedEnterpriseNumbers, organisations } from './organisations.schema.ts';

/*
 * The administrator's allow-list of enterprise numbers that may use the AML tool. The admin module decides
 * who may change it and records the audit, in the transaction it passes here.
 */

/** Every allow-listed number, in order, with the name of the organisation that registered it (if any). */
export async function allowedNumbersWithOrganisation(db: TDbOrTx) {
  return db
    .select({ allowed: allowedEnterpriseNumbers, organisationName: organisations.name })
    .from(allowedEnterpriseNumbers)
    .leftJoin(organisations, eq(organisations.enterpriseNumber, allowedEnterpriseNumbers.enterpriseNumber))
    .orderBy(allowedEnterpriseNumbers.enterpriseNumber);
}

/** Allow-lists a number; false when it already was. */
export async function allowEnterpriseNumber(
  tx: TDbOrTx,
  values: { enterpriseNumber: string; note: string; addedBy: string },
): Promise<boolean> {
  const inserted = await tx.insert(allowedEnterpriseNumbers).values(values).onConflictDoNothing().returning();
  return inserted.length > 0;
}

/** Takes a number off the allow-list; false when it was not on it. */
export async function disallowEnterpriseNumber(tx: TDbOrTx, enterpriseNumber: string): Promise<boolean> {
  const removed = await tx
    .delete(allowedEnterpriseNumbers)
    .where(eq(allowedEnterpriseNumbers.enterpriseNumber, enterpriseNumber))
    .returning();
  return removed.length > 0;
}
