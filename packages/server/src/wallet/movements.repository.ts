import type { TMovementListQuery } from '@vigilo/domain/contracts/wallet.ts';
import { and, asc, count, desc, eq, gte, isNotNull, lt, lte, type SQL } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { userSortName } from '../accounts/user-sort-name.ts';
import type { TDbOrTx } from '../db/client.ts';
import { brusselsStartOfDay } from './brussels-day.ts';
import { walletMovements } from './wallet.schema.ts';
import type { TMovementRow } from './wallet-ledger.ts';

export type TMovementWithUser = { movement: TMovementRow; userName: string | null };
export type TMovementFilters = Omit<TMovementListQuery, 'page' | 'pageSize'>;

/** The movements with the name of who made each one (null when no one did): one query for all the names. */
async function withUserNames(db: TDbOrTx, movements: TMovementRow[]): Promise<TMovementWithUser[]> {
  const names = await userNamesByIds(
    db,
    movements.map((m) => m.userId),
  );
  return movements.map((movement) => ({
    movement,
    userName: (movement.userId && names.get(movement.userId)) ?? null,
  }));
}

/** Movements of one organisation, filtered and sorted; `limit` null = all (CSV export). */
export async function findMovements(
  db: TDbOrTx,
  organisationId: string,
  filters: TMovementFilters,
  page: { limit: number | null; offset: number },
): Promise<{ rows: TMovementWithUser[]; total: number }> {
  const where = and(eq(walletMovements.organisationId, organisationId), ...conditions(filters));
  const direction = filters.order === 'asc' ? asc : desc;
  const sortColumn = {
    createdAt: walletMovements.createdAt,
    amount: walletMovements.amountInclVatCents,
    product: walletMovements.product,
    user: userSortName(walletMovements.userId),
  }[filters.sort];
  const base = db
    .select()
    .from(walletMovements)
    .where(where)
    .orderBy(direction(sortColumn), direction(walletMovements.voucherNo))
    .offset(page.offset);
  const movements = page.limit === null ? await base : await base.limit(page.limit);
  const [total] = await db.select({ n: count() }).from(walletMovements).where(where);
  return { rows: await withUserNames(db, movements), total: total?.n ?? 0 };
}

function conditions(filters: TMovementFilters): SQL[] {
  const list: SQL[] = [];
  if (filters.kind) list.push(eq(walletMovements.kind, filters.kind));
  if (filters.product) list.push(eq(walletMovements.product, filters.product));
  if (filters.userId) list.push(eq(walletMovements.userId, filters.userId));
  if (filters.from) list.push(gte(walletMovements.createdAt, brusselsStartOfDay(filters.from)));
  if (filters.to) list.push(lt(walletMovements.createdAt, brusselsStartOfDay(filters.to, 1)));
  if (filters.minAmountCents !== undefined)
    list.push(gte(walletMovements.amountInclVatCents, filters.minAmountCents));
  if (filters.maxAmountCents !== undefined)
    list.push(lte(walletMovements.amountInclVatCents, filters.maxAmountCents));
  return list;
}

/** Every product and user that appears in the organisation's movements (the filters' choices). */
export async function findFilterOptions(db: TDbOrTx, organisationId: string) {
  const products = await db
    .selectDistinct({ product: walletMovements.product })
    .from(walletMovements)
    .where(eq(walletMovements.organisationId, organisationId))
    .orderBy(walletMovements.product);
  const people = await db
    .selectDistinct({ id: walletMovements.userId })
    .from(walletMovements)
    .where(and(eq(walletMovements.organisationId, organisationId), isNotNull(walletMovements.userId)));
  const names = await userNamesByIds(
    db,
    people.map((p) => p.id),
  );
  return {
    products: products.map((p) => p.product),
    users: [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function findMovementWithUser(
  db: TDbOrTx,
  organisationId: string,
  movementId: string,
): Promise<TMovementWithUser | null> {
  const [movement] = await db
    .select()
    .from(walletMovements)
    .where(and(eq(walletMovements.organisationId, organisationId), eq(walletMovements.id, movementId)));
  if (!movement) return null;
  const [row] = await withUserNames(db, [movement]);
  return row ?? null;
}

export async function findMovementOrganisation(db: TDbOrTx, movementId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: walletMovements.organisationId })
    .from(walletMovements)
    .where(eq(walletMovements.id, movementId));
  return row?.organisationId ?? null;
}
