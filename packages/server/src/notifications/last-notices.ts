import { and, eq, inArray, max } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { notifications } from './notifications.schema.ts';

/**
 * When a notification of `kind` was last sent per subject (or per recipient, for digests), so that a
 * reminder job can tell whether it already spoke today. Ids never notified are absent.
 */
export async function lastNotices(
  db: TDbOrTx,
  kind: string,
  key: 'subjectId' | 'userId',
  ids: readonly string[],
  organisationId?: string,
): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: notifications[key], last: max(notifications.createdAt) })
    .from(notifications)
    .where(
      and(
        eq(notifications.kind, kind),
        inArray(notifications[key], [...ids]),
        organisationId ? eq(notifications.organisationId, organisationId) : undefined,
      ),
    )
    .groupBy(notifications[key]);
  return new Map(rows.flatMap((row) => (row.id && row.last ? [[row.id, row.last] as const] : [])));
}
