import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import { findEidProfile } from '../accounts/eid/eid-profile.ts';
import type { TConfig } from '../config.ts';
import type { TDbOrTx } from '../db/client.ts';
import { organisations } from './organisations.schema.ts';

/**
 * The AML officer role goes only to a member whose account has a linked eID, when the organisation asks
 * for it (on by default, as in the real service). Without an identity provider configured nobody could
 * link one, so the rule then stays dormant instead of leaving every organisation without an officer.
 */
export async function assertOfficerHasEid(
  db: TDbOrTx,
  config: TConfig,
  organisationId: string,
  userId: string,
): Promise<void> {
  if (!config.oidc) return;
  const [org] = await db
    .select({ officerRequiresEid: organisations.officerRequiresEid })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!org?.officerRequiresEid) return;
  if (!(await findEidProfile(db, userId))) throw new AppError('officer_requires_eid');
}
