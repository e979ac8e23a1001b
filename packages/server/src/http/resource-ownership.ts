import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TDb } from '../db/client.ts';

/** Returns the organisation that owns the resource with this id, or null when there is none. */
export type TOwnershipRule = (db: TDb, id: string) => Promise<string | null>;

/** A table whose rows carry their owner: `id` names the row, `organisationId` its organisation. */
export type TOwnedTable = PgTable & { id: PgColumn; organisationId: PgColumn };

type TRegisteredRule = {
  lookup: TOwnershipRule;
  /** What a well-formed id looks like; anything else is left to schema validation. */
  idPattern: RegExp;
  /** The owner as a scalar subquery, so the session plugin checks it in the statement that loads the session. */
  ownerSql?: (id: SQL) => SQL;
};

const rules = new Map<string, TRegisteredRule>();
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Declares which organisation owns the resource a route parameter names (e.g. `memberId`). The session
 * plugin checks every such parameter before the handler runs: another organisation's id is a 404, so
 * tenant isolation does not depend on each handler remembering to scope its query. Given the table (rows
 * with `id` and `organisationId`), the check joins the statement that loads the session and membership
 * (one round trip per request); a function is run on its own. Ids are UUIDs unless `idPattern` says otherwise.
 */
export function registerOwnershipRule(
  param: string,
  rule: TOwnershipRule | TOwnedTable,
  idPattern: RegExp = uuidPattern,
): void {
  if (typeof rule === 'function') {
    rules.set(param, { lookup: rule, idPattern });
    return;
  }
  const table = rule;
  rules.set(param, {
    idPattern: uuidPattern,
    lookup: async (db, id) => {
      const [row] = await db.select({ o: table.organisationId }).from(table).where(eq(table.id, id));
      return (row?.o as string | undefined) ?? null;
    },
    ownerSql: (id) => sql`(select ${table.organisationId} from ${table} where ${table.id} = ${id})`,
  });
}

export function hasOwnershipRule(param: string): boolean {
  return rules.has(param);
}

/** The rule's owner subquery, when it was registered with a table. */
export function ownershipSql(param: string): ((id: SQL) => SQL) | undefined {
  return rules.get(param)?.ownerSql;
}

/** The value of a parameter an ownership rule guards, or null when it is not an id (left to validation). */
export function guardedId(param: string, value: string | undefined): string | null {
  const rule = rules.get(param);
  if (value === undefined || !rule) return null;
  // A malformed id is left to schema validation, which answers 400 naming the field.
  return rule.idPattern.test(value) ? value : null;
}

/** Parameter names in a route URL such as `/api/org/members/:memberId`. */
export function routeParams(url: string): string[] {
  return [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
}

/**
 * Checks every guarded parameter. `known` holds owners already loaded (by the session plugin's single
 * statement); the others are looked up one by one.
 */
export async function assertOwnedBy(
  db: TDb,
  params: Record<string, string>,
  organisationId: string,
  known: ReadonlyMap<string, string | null> = new Map(),
): Promise<void> {
  for (const [name, value] of Object.entries(params)) {
    if (guardedId(name, value) === null) continue;
    const owner = known.has(name) ? known.get(name) : await rules.get(name)!.lookup(db, value);
    if (owner !== organisationId) throw new AppError('not_found');
  }
}
