import { and, asc, eq, gt, inArray, isNotNull, sql } from 'drizzle-orm';
import type { TDb, TDbOrTx, TTx } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';
import type { TAuditAction, TAuditSubjectType } from './audit-actions.ts';
import { auditChannel, type TAuditChannel } from './audit-context.ts';
import {
  canonicalJson,
  genesisHash,
  hashAuditRow,
  linkTail,
  sha256,
  type TLinkFields,
} from './audit-hash.ts';
import { assertAuditPayload, type TAuditPayload } from './audit-payloads.ts';

/** One event to record; its payload's type follows its action (`audit-payloads.ts`). */
export type TAuditInput<A extends TAuditAction = TAuditAction> = {
  organisationId?: string | null;
  actorUserId?: string | null;
  action: A;
  subjectType: TAuditSubjectType;
  subjectId?: string | null;
  payload?: TAuditPayload<A>;
  ip?: string | null;
};

export function chainOf(organisationId: string | null | undefined): string {
  return organisationId ?? 'platform';
}

/**
 * Appends one event to its chain, inside the caller's transaction so the event commits with the change.
 * The advisory lock serialises writers of the same chain across connections and instances.
 */
export async function recordAudit<A extends TAuditAction>(tx: TTx, input: TAuditInput<A>): Promise<void> {
  // A payload that does not fit its action throws here, so the caller's transaction rolls back.
  assertAuditPayload(input.action, input.payload);
  await appendToChain(tx, chainOf(input.organisationId), [
    { input: input as TCheckedInput, apiKey: auditChannel.getStore()?.apiKey },
  ]);
}

/** An event once its payload was checked: the chain stores it as plain JSON. */
type TCheckedInput = Omit<TAuditInput, 'payload'> & { payload?: Record<string, unknown> };
type TPendingEvent = { input: TCheckedInput; apiKey: TAuditChannel['apiKey'] };

/**
 * Appends events of one chain, in order, under the chain's lock: each links to the one before it. One
 * statement (`audit_append`, migration 0028) takes the lock, reads the chain's last hash and inserts the
 * rows; it was three round trips, five for a read's own transaction (issue 21). The database hashes
 * `'["' || prev || '"' || linkTail`, which is `hashAuditRow` of the row, so verification is unchanged.
 */
async function appendToChain(db: TDbOrTx, chain: string, events: TPendingEvent[]): Promise<void> {
  const createdAt = new Date();
  const rows = events.map(({ input, apiKey }) => {
    // The payload is hashed into the row: who acted through which key cannot be rewritten afterwards.
    const payload: Record<string, unknown> = apiKey
      ? { ...input.payload, viaApiKey: apiKey }
      : (input.payload ?? {});
    const fields: TLinkFields = {
      chain,
      organisationId: input.organisationId ?? null,
      actorUserId: input.actorUserId ?? null,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: input.subjectId ?? null,
      payloadHash: sha256(canonicalJson(payload)),
      ip: input.ip ?? null,
      createdAt,
    };
    return { ...fields, createdAt: createdAt.toISOString(), payload, linkTail: linkTail(fields) };
  });
  // The events travel as one JSON array, in the order of their links.
  await db.execute(sql`select audit_append(${chain}::text, ${JSON.stringify(rows)}::jsonb)`);
}

type TChainQueue = { waiting: (TPendingEvent & { done: (error?: unknown) => void })[]; flushing: boolean };
const readQueues = new WeakMap<TDb, Map<string, TChainQueue>>();

/**
 * Records an event that goes with no change (a read: who viewed what, M10) in a transaction of its own,
 * in the same chain as every other event of the organisation. Reads that arrive while one batch is being
 * appended wait and go together in the next: the chain's lock is taken once per batch rather than once
 * per read, so the organisation's writers do not queue behind its readers. Resolves once the event has
 * committed, so a read is answered only after it is on record (as before); a failed batch rejects each
 * of its reads.
 */
export function recordReadAudit<A extends TAuditAction>(db: TDb, input: TAuditInput<A>): Promise<void> {
  assertAuditPayload(input.action, input.payload);
  const chain = chainOf(input.organisationId);
  let queues = readQueues.get(db);
  if (!queues) {
    queues = new Map();
    readQueues.set(db, queues);
  }
  let queue = queues.get(chain);
  if (!queue) {
    queue = { waiting: [], flushing: false };
    queues.set(chain, queue);
  }
  const apiKey = auditChannel.getStore()?.apiKey;
  const recorded = new Promise<void>((resolve, reject) => {
    queue.waiting.push({
      input: input as TCheckedInput,
      apiKey,
      done: (error) => (error === undefined ? resolve() : reject(error)),
    });
  });
  if (!queue.flushing) void flushReads(db, queues, chain, queue);
  return recorded;
}

async function flushReads(db: TDb, queues: Map<string, TChainQueue>, chain: string, queue: TChainQueue) {
  queue.flushing = true;
  while (queue.waiting.length > 0) {
    const batch = queue.waiting.splice(0, 200);
    try {
      // One statement, its own transaction: the chain's lock is held only while it runs.
      await appendToChain(db, chain, batch);
      for (const event of batch) event.done();
    } catch (error) {
      for (const event of batch) event.done(error ?? new Error('audit append failed'));
    }
  }
  queue.flushing = false;
  queues.delete(chain);
}

export type TChainReport =
  | { ok: true; chains: number; events: number }
  | { ok: false; chains: number; events: number; brokenAt: { id: number; chain: string; reason: string } };

/** The audit action whose payload lists the events a retention purge redacted (see `redactAuditPayloads`). */
export const purgeAuditAction = 'retention.contact_purged' satisfies TAuditAction;

/**
 * Erases the payloads of events of one chain at the end of their retention period and marks them
 * redacted. The row hashes cover `payload_hash`, not the payload, so the chain still verifies; the caller
 * must record a `retention.contact_purged` event listing these ids in `redactedEventIds`, in the same
 * transaction, or verification reports the redaction as tampering. Returns the ids actually redacted.
 */
export async function redactAuditPayloads(tx: TTx, chain: string, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(auditEvents)
    .set({ payload: null, redactedAt: new Date() })
    .where(and(eq(auditEvents.chain, chain), inArray(auditEvents.id, ids), isNotNull(auditEvents.payload)))
    .returning({ id: auditEvents.id });
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** Event id → id of the purge event that authorised erasing its payload, for one chain. */
async function authorisedRedactions(db: TDbOrTx, chain: string): Promise<Map<number, number>> {
  const purges = await db
    .select({ id: auditEvents.id, payload: auditEvents.payload })
    .from(auditEvents)
    .where(and(eq(auditEvents.chain, chain), eq(auditEvents.action, purgeAuditAction)));
  const authorised = new Map<number, number>();
  for (const purge of purges) {
    const ids = (purge.payload as { redactedEventIds?: unknown } | null)?.redactedEventIds;
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'number') authorised.set(id, purge.id);
  }
  return authorised;
}

/**
 * Recomputes every chain (or only `options.chain`); reports the first row whose hash, link or payload
 * does not match. A payload may be missing only when the row is marked redacted and a later purge event
 * of the same chain lists it: the purge event is itself hashed, so a redaction cannot be forged.
 */
export async function verifyAuditChains(
  db: TDbOrTx,
  options: { chain?: string } = {},
): Promise<TChainReport> {
  const chains = options.chain
    ? [{ chain: options.chain }]
    : await db.selectDistinct({ chain: auditEvents.chain }).from(auditEvents);
  let events = 0;
  for (const { chain } of chains) {
    const authorised = await authorisedRedactions(db, chain);
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
        if (row.payload === null) {
          if (!row.redactedAt) return broken('payload erased without a redaction mark');
          const purgeId = authorised.get(row.id);
          if (purgeId === undefined || purgeId <= row.id) {
            return broken('payload redacted without a purge event listing it');
          }
        } else if (sha256(canonicalJson(row.payload)) !== row.payloadHash) {
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
