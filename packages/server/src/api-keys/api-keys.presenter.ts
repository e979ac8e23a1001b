import type { TApiKey } from '@vigilo/domain/contracts/api-keys.ts';
import type { TApiKeyRow } from './api-keys.repository.ts';

/** A key as its managers see it: never the token nor its hash. */
export function presentApiKey(row: TApiKeyRow, creatorName: string): TApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    rateLimitPerMinute: row.rateLimitPerMinute,
    createdAt: row.createdAt.toISOString(),
    createdBy: creatorName,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
