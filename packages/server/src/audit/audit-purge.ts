import { type SQL, sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';

/**
 * The retention purge (records): ids of a chain's events to redact, those matching `about` (built with
 * audit.reads.ts) and — as a safety net — any event about one of `namedSubjectTypes` whose payload still
 * contains one of `names`. Events without a payload have nothing to redact.
 */
export async function auditEventIdsToRedact(
  tx: TTx,
  chain: string,
  about: SQL,
  names: readonly string[],
  namedSubjectTypes: readonly string[],
): Promise<number[]> {
  const mentions = names.map((n) => sql`position(${n.toLowerCase()} in lower(payload::text)) > 0`);
  const types = sql.join(
    namedSubjectTypes.map((t) => sql`${t}`),
    sql`, `,
  );
  const namesCondition =
    mentions.length && namedSubjectTypes.length
      ? sql`(subject_type in (${types}) and (${sql.join(mentions, sql` or `)}))`
      : sql`false`;
  const found = await tx.execute(
    sql`select id from audit_events
        where chain = ${chain} and payload is not null and (${about} or ${namesCondition})`,
  );
  return (found.rows as { id: number | string }[]).map((r) => Number(r.id));
}
