import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { legalVersionOn } from '@vigilo/domain/legal/index.ts';
import {
  type AcceptancePolicy,
  DEFAULT_ACCEPTANCE_POLICY,
  FACTOR_CATALOG,
  FACTOR_CODES,
  reasonKeyOf,
  ZAcceptancePolicy,
} from '@vigilo/domain/risk/index.ts';
import { desc, eq } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { acceptancePolicies } from './risk.schema.ts';

/** The organisation's policy in force: its latest version, or the default derived from the regulation. */
export async function currentPolicy(
  db: TDbOrTx,
  organisationId: string,
): Promise<{
  policy: AcceptancePolicy;
  isDefault: boolean;
  row: typeof acceptancePolicies.$inferSelect | null;
}> {
  const [row] = await db
    .select()
    .from(acceptancePolicies)
    .where(eq(acceptancePolicies.organisationId, organisationId))
    .orderBy(desc(acceptancePolicies.version))
    .limit(1);
  if (!row) return { policy: DEFAULT_ACCEPTANCE_POLICY, isDefault: true, row: null };
  return { policy: row.policy as AcceptancePolicy, isDefault: false, row };
}

export async function getPolicy(ctx: TAppContext, actor: TActor) {
  const { policy, isDefault, row } = await currentPolicy(ctx.db, actor.organisationId);
  const names = await userNamesByIds(ctx.db, [row?.createdBy]);
  return {
    version: policy.version,
    isDefault,
    policy: policy as unknown as Record<string, unknown>,
    updatedAt: row?.createdAt.toISOString() ?? null,
    updatedByName: (row?.createdBy && names.get(row.createdBy)) || null,
    factorCatalog: FACTOR_CODES.map((code) => ({
      code,
      article: FACTOR_CATALOG[code].article,
      defaultWeight: FACTOR_CATALOG[code].defaultWeight,
      forcesHeightened: FACTOR_CATALOG[code].forcesHeightened,
      reasonKey: reasonKeyOf(code),
    })),
  };
}

/** An AML officer saves a new version of the policy; earlier profiles keep the version they used. */
export async function updatePolicy(ctx: TAppContext, actor: TActor, input: unknown) {
  await ctx.db.transaction(async (tx) => {
    const { policy } = await currentPolicy(tx, actor.organisationId);
    const version = policy.version + 1;
    const parsed = ZAcceptancePolicy.safeParse({
      ...(input as object),
      id: `org-${actor.organisationId}`,
      version,
      // Saved today, so written under the rules in force today (issue 14, item 7).
      legalVersion: legalVersionOn(new Date().toISOString()),
    });
    if (!parsed.success) {
      throw new AppError('validation_failed', {
        fields: parsed.error.issues.map((i) => ({ field: `policy.${i.path.join('.')}`, code: 'invalid' })),
      });
    }
    await tx.insert(acceptancePolicies).values({
      organisationId: actor.organisationId,
      version,
      policy: parsed.data,
      createdBy: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'policy.updated',
      subjectType: 'policy',
      subjectId: null,
      payload: { version },
      ip: actor.ip,
    });
  });
  return getPolicy(ctx, actor);
}
