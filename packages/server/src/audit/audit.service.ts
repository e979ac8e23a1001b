import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';
import type { TAuditAction, TAuditSubjectType } from './audit-actions.ts';
import { canonicalJson, genesisHash, hashAuditRow, sha256 } from './audit-hash.ts';

export type TAuditInput = {
  organisationId?: string | null;
  actorUserId?: string | null;
  action: TAuditAction;
  subjectType: TAuditSubjectType;
  subjectId?: string | null;
  payload?: Record<string, unknown>;
  ip?: string | null;
};

export function chainOf(organisationId: string | null | undefined): string {
  return organisationId ?? 'platform';
}

/**
 * Appends one event to its chain, inside the caller's transaction so the event commits with the change.
 * The advisory lock serialises writers of the same chain across connections and instances.
 */
export async function recordAudit(tx: TTx, input: TAuditInput): Promise<void> {
  const chain = chainOf(input.organisationId);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${chain}`}))`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.chain, chain))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const payload = input.payload ?? {};
  const row = {
    prevHash: last?.hash ?? genesisHash,
    chain,
    organisationId: input.organisationId ?? null,
    actorUserId: input.actorUserId ?? null,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId ?? null,
    payloadHash: sha256(canonicalJson(payload)),
    ip: input.ip ?? null,
    createdAt: new Date(),
  };
  await tx.insert(auditEvents).values({ ...row, payload, hash: hashAuditRow(row) });
}

export type TChainReport =
  | { ok: true; chains: number; events: number }
  | { ok: false; chains: number; events: number; brokenAt: { id: number; chain: string; reason: string } };

/** Recomputes every chain; reports the first row whose hash, link or payload does not match. */
export async function verifyAuditChains(db: TDbOrTx): Promise<TChainReport> {
  const chains = await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents);
  let events = 0;
  for (const { chain } of chains) {
    let prev = genesisHash;
    let afterId = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(sql`${auditEvents.chain} = ${chain} and ${gt(auditEvents.id, afterId)}`)
        .orderBy(asc(auditEvents.id))
        .limit(1000);
      if (rows.length === 0) break;
      for (const row of rows) {
        events += 1;
        const broken = (reason: string) => ({
          ok: false as const,
          chains: chains.length,
          events,
          brokenAt: { id: row.id, chain, reason },
        });
        if (row.prevHash !== prev) return broken('previous hash does not match the row before');
        if (row.payload !== null && sha256(canonicalJson(row.payload)) !== row.payloadHash) {
          return broken('payload does not match its hash');
        }
        if (hashAuditRow(row) !== row.hash) return broken('row hash does not match its content');
        prev = row.hash;
        afterId = row.id;
      }
    }
  }
  return { ok: true, chains: chains.length, events };
}
