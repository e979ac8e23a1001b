import { createHash } from 'node:crypto';

export const genesisHash = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same payload always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type THashedFields = {
  prevHash: string;
  chain: string;
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  payloadHash: string;
  ip: string | null;
  createdAt: Date;
};

/** The fields a row's hash covers besides the previous row's hash. */
export type TLinkFields = Omit<THashedFields, 'prevHash'>;

/**
 * The hashed text after the previous hash: `hashAuditRow(f)` is `sha256('["' + f.prevHash + '"' +
 * linkTail(f))`, because the canonical JSON of an array of strings is their JSON joined by commas and
 * a hex hash needs no escaping. The database's `audit_append` appends rows with this text alone
 * (migration 0028), so it never has to know how a row is made canonical.
 */
export function linkTail(f: TLinkFields): string {
  return `,${canonicalJson(hashedAfterPrev(f)).slice(1)}`;
}

function hashedAfterPrev(f: TLinkFields): (string | null)[] {
  return [
    f.chain,
    f.organisationId,
    f.actorUserId,
    f.action,
    f.subjectType,
    f.subjectId,
    f.payloadHash,
    f.ip,
    f.createdAt.toISOString(),
  ];
}

/**
 * The row hash covers the metadata and the payload's hash, not the payload itself: erasing a payload at
 * the end of the retention period leaves `payload_hash`, so every later link still verifies.
 */
export function hashAuditRow(f: THashedFields): string {
  return sha256(canonicalJson([f.prevHash, ...hashedAfterPrev(f)]));
}
