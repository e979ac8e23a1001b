import { insertAuditEventsInBulk, lastAuditChainHash } from '../audit/audit.bulk-load.ts';
import { chainOf } from '../audit/audit.service.ts';
import type { TAuditAction, TAuditSubjectType } from '../audit/audit-actions.ts';
import { canonicalJson, genesisHash, hashAuditRow, sha256 } from '../audit/audit-hash.ts';
import { assertAuditPayload, type TAuditPayload } from '../audit/audit-payloads.ts';
import type { TDb } from '../db/client.ts';

/**
 * An audit event as `recordAudit` takes it, with the moment it happened (seeded history is in the past);
 * its payload's type follows its action, and it is checked against the same shape when appended.
 */
export type TAuditDraft = {
  [A in TAuditAction]: {
    organisationId: string | null;
    actorUserId: string | null;
    action: A;
    subjectType: TAuditSubjectType;
    subjectId: string | null;
    payload: TAuditPayload<A>;
    ip: string | null;
    createdAt: Date;
  };
}[TAuditAction];

/**
 * The bulk equivalent of `recordAudit` for seeding: events of one chain are sorted by time, linked and
 * hashed exactly as `recordAudit` does (same `hashAuditRow`, same payload hash), then inserted in order in
 * large batches, so `vigilo audit verify` passes on seeded data. The chain must have no concurrent writer.
 */
export async function appendAuditChain(db: TDb, chainOwner: string | null, drafts: TAuditDraft[]) {
  const chain = chainOf(chainOwner);
  let prevHash = (await lastAuditChainHash(db, chain)) ?? genesisHash;
  const ordered = drafts
    .map((draft, order) => ({ draft, order }))
    .sort((a, b) => a.draft.createdAt.getTime() - b.draft.createdAt.getTime() || a.order - b.order);
  const rows = ordered.map(({ draft }) => {
    assertAuditPayload(draft.action, draft.payload);
    const row = {
      prevHash,
      chain,
      organisationId: draft.organisationId,
      actorUserId: draft.actorUserId,
      action: draft.action,
      subjectType: draft.subjectType,
      subjectId: draft.subjectId,
      payloadHash: sha256(canonicalJson(draft.payload)),
      ip: draft.ip,
      createdAt: draft.createdAt,
    };
    const hash = hashAuditRow(row);
    prevHash = hash;
    return { ...row, payload: draft.payload, hash };
  });
  return insertAuditEventsInBulk(db, rows);
}
