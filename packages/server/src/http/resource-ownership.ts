import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { TDb } from '../db/client.ts';

/** Returns the organisation that owns the resource with this id, or null when there is none. */
export type TOwnershipRule = (db: TDb, id: string) => Promise<string | null>;

const rules = new Map<string, TOwnershipRule>();
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Declares which organisation owns the resource a route parameter names (e.g. `memberId`). The session
 * plugin checks every such parameter before the handler runs: another organisation's id is a 404, so
 * tenant isolation does not depend on each handler remembering to scope its query.
 */
export function registerOwnershipRule(param: string, rule: TOwnershipRule): void {
  rules.set(param, rule);
}

export function hasOwnershipRule(param: string): boolean {
  return rules.has(param);
}

/** Parameter names in a route URL such as `/api/org/members/:memberId`. */
export function routeParams(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

export async function assertOwnedBy(
  db: TDb,
  params: Record<string, string>,
  organisationId: string,
): Promise<void> {
  for (const [name, value] of Object.entries(params)) {
    const rule = rules.get(name);
    // A malformed id is left to schema validation, which answers 400 naming the field.
    if (!rule || !uuidPattern.test(value)) continue;
    if ((await rule(db, value)) !== organisationId) throw new AppError('not_found');
  }
}
