import type { TMovementListQuery } from '@vigilo/domain/contracts/wallet.ts';
import { and, asc, count, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { userSortName } from '../accounts/user-sort-name.ts';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
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
  return namedMovements(movements, names);
}

/** The movements with the names of who made them, from names already read. */
export function namedMovements(movements: TMovementRow[], names: Map<string, string>): TMovementWithUser[] {
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
  const { movements, total } = await findMovementRows(db, organisationId, filters, page);
  return { rows: await withUserNames(db, movements), total };
}

/** The same movements without the names (the wallet page reads every name it shows at once). */
export async function findMovementRows(
  db: TDbOrTx,
  organisationId: string,
  filters: TMovementFilters,
  page: { limit: number | null; offset: number },
): Promise<{ movements: TMovementRow[]; total: number }> {
  const where = and(eq(walletMovements.organisationId, organisationId), ...conditions(filters));
  const direction = filters.order === 'asc' ? asc : desc;
  const sortColumn = {
    createdAt: walletMovements.createdAt,
    amount: walletMovements.amountInclVatCents,
    product: walletMovements.product,
    user: userSortName(walletMovements.userId),
  }[filters.sort];
  const counted = db.select({ n: count() }).from(walletMovements).where(where);
  // The page and its count in one statement: an uncorrelated subquery runs once (issue 21).
  const base = db
    .select({ movement: walletMovements, total: sql<number>`(${counted})::int` })
    .from(walletMovements)
    .where(where)
    .orderBy(direction(sortColumn), direction(walletMovements.voucherNo))
    .offset(page.offset);
  const rows = await (page.limit === null ? base : base.limit(page.limit));
  const movements = rows.map((row) => row.movement);
  if (rows[0] || page.offset === 0) return { movements, total: rows[0]?.total ?? 0 };
  // Past the end of the list: the count says where the end lies.
  const [total] = await counted;
  return { movements, total: total?.n ?? 0 };
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

// The distinct products and people of the agency's movements, each found by skipping through its index
// (one entry per value, a loose index scan) instead of reading the whole ledger; prepared once (issue 21).
const filterChoices = preparedStatements('vigilo_wallet_filter_choices', (db: TDbOrTx, name) => {
  const organisationId = sql`${sql.placeholder('organisationId')}::uuid`;
  const distinctValues = (column: 'product' | 'user_id') => sql`array(
    with recursive found as (
      (select ${sql.raw(column)} as value from wallet_movements
       where organisation_id = ${organisationId} and ${sql.raw(column)} is not null order by 1 limit 1)
      union all
      select (select ${sql.raw(column)} from wallet_movements
              where organisation_id = ${organisationId} and ${sql.raw(column)} > found.value order by 1 limit 1)
      from found where found.value is not null
    )
    select value from found where value is not null order by value)`;
  return db
    .select({
      products: sql<string[]>`${distinctValues('product')}`,
      userIds: sql<string[]>`${distinctValues('user_id')}`,
    })
    .from(sql`(select 1) as one`)
    .prepare(name);
});

export type TFilterChoices = { products: string[]; userIds: string[] };

/** Every product and user id that appears in the organisation's movements (the filters' choices). */
export async function findFilterChoices(db: TDbOrTx, organisationId: string): Promise<TFilterChoices> {
  const [choices] = await filterChoices(db).execute({ organisationId });
  return { products: choices?.products ?? [], userIds: choices?.userIds ?? [] };
}

/** The filters' choices as shown: products, and people by name. */
export function filterOptionsOf(choices: TFilterChoices, names: Map<string, string>) {
  const users = choices.userIds.flatMap((id) => {
    const name = names.get(id);
    return name === undefined ? [] : [{ id, name }];
  });
  return { products: choices.products, users: users.sort((a, b) => a.name.localeCompare(b.name)) };
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
