/** A subscription bought by an organisation (M9). */
export interface Subscription {
  id: string;
  planCode: string;
  purchasedAt: Date;
  expiresAt: Date;
  /** Null = unlimited. */
  includedTransactions: number | null;
  usedTransactions: number;
}

/**
 * Adds calendar months in UTC, clamping to the month's last day: a subscription bought on
 * 29 February 2024 expires on 28 February 2025 (same time of day), never on 1 March.
 */
export function addMonthsUtc(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = from.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** Valid from purchase (inclusive) to expiry (exclusive), per organisation, not per calendar year. */
export function isSubscriptionActive(subscription: Subscription, now: Date): boolean {
  return (
    subscription.purchasedAt.getTime() <= now.getTime() && now.getTime() < subscription.expiresAt.getTime()
  );
}

/** Transactions left (Infinity when unlimited). */
export function remainingTransactions(subscription: Subscription): number {
  if (subscription.includedTransactions === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, subscription.includedTransactions - subscription.usedTransactions);
}

/**
 * The subscription that should cover the next transaction: active with transactions left;
 * the one expiring first is used first (then limited before unlimited), so no paid quota lapses
 * unused while another one is consumed.
 */
export function findCoveringSubscription(
  subscriptions: readonly Subscription[],
  now: Date,
): Subscription | null {
  const usable = subscriptions.filter((s) => isSubscriptionActive(s, now) && remainingTransactions(s) > 0);
  usable.sort(
    (a, b) =>
      a.expiresAt.getTime() - b.expiresAt.getTime() ||
      Number(a.includedTransactions === null) - Number(b.includedTransactions === null) ||
      a.id.localeCompare(b.id),
  );
  return usable[0] ?? null;
}
