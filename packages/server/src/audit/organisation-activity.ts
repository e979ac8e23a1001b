import { count, desc, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import type { TAuditEventRow } from './audit.reads.ts';
import { auditEvents } from './audit.schema.ts';

/**
 * One page of an organisation's own audit events, newest first, with how many there are in all: what its
 * managers see as the organisation's activity.
 */
export async function organisationActivityPage(
  db: TDbOrTx,
  organisationId: string,
  page: number,
  pageSize: number,
): Promise<{ total: number; events: TAuditEventRow[] }> {
  const where = eq(auditEvents.organisationId, organisationId);
  const events = await db
    .select()
    .from(auditEvents)
    .where(where)
    .orderBy(desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  return { total: total?.n ?? 0, events };
}
