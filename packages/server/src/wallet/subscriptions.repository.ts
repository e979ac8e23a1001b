import type { Subscription } from '@vigilo/domain/wallet/index.ts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { walletSubscriptions, walletSubscriptionUses } from './wallet.schema.ts';

export type TSubscriptionUseRow = typeof walletSubscriptionUses.$inferSelect;

/** The organisation's subscriptions with their usage (the count of covered calculations), newest first. */
export async function listSubscriptionsWithUsage(
  db: TDbOrTx,
  organisationId: string,
): Promise<Subscription[]> {
  const rows = await db
    .select({
      id: walletSubscriptions.id,
      planCode: walletSubscriptions.planCode,
      purchasedAt: walletSubscriptions.purchasedAt,
      expiresAt: walletSubscriptions.expiresAt,
      includedTransactions: walletSubscriptions.includedTransactions,
      // Qualified by hand: Drizzle prints a bare "id" in a one-table select, which the subquery would capture.
      usedTransactions:
        sql<number>`(select count(*) from wallet_subscription_uses u where u.subscription_id = wallet_subscriptions.id)`.mapWith(
          Number,
        ),
    })
    .from(walletSubscriptions)
    .where(eq(walletSubscriptions.organisationId, organisationId))
    .orderBy(desc(walletSubscriptions.purchasedAt));
  return rows;
}

export async function findSubscriptionUseByKey(
  db: TDbOrTx,
  organisationId: string,
  idempotencyKey: string,
): Promise<TSubscriptionUseRow | null> {
  const [row] = await db
    .select()
    .from(walletSubscriptionUses)
    .where(
      and(
        eq(walletSubscriptionUses.organisationId, organisationId),
        eq(walletSubscriptionUses.idempotencyKey, idempotencyKey),
      ),
    );
  return row ?? null;
}
