import type { TMovementListQuery } from '@vigilo/domain/contracts/wallet.ts';
import type { PriceList } from '@vigilo/domain/wallet/index.ts';
import { and, asc, count, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { userSortName } from '../accounts/user-sort-name.ts';
import type { TDbOrTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import { brusselsStartOfDay } from './brussels-day.ts';
import { priceListOf, storedPriceListAt } from './price-lists.service.ts';
import { walletMovements } from './wallet.schema.ts';
import { balanceCentsOf, type TMovementRow } from './wallet-ledger.ts';

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
  const shape: TMovementShape = {
    kind: filters.kind !== undefined,
    product: Boolean(filters.product),
    userId: filters.userId !== undefined,
    from: filters.from !== undefined,
    to: filters.to !== undefined,
    minAmount: filters.minAmountCents !== undefined,
    maxAmount: filters.maxAmountCents !== undefined,
    sort: filters.sort,
    order: filters.order,
    whole: page.limit === null,
  };
  const values = {
    organisationId,
    kind: filters.kind,
    product: filters.product,
    userId: filters.userId,
    from: filters.from && brusselsStartOfDay(filters.from).toISOString(),
    to: filters.to && brusselsStartOfDay(filters.to, 1).toISOString(),
    minAmount: filters.minAmountCents,
    maxAmount: filters.maxAmountCents,
    limit: page.limit,
    offset: page.offset,
  };
  const statements = movementStatements(db, JSON.stringify(shape));
  const rows = await statements.page.execute(values);
  const movements = rows.map((row) => row.movement);
  if (rows[0] || page.offset === 0) return { movements, total: rows[0]?.total ?? 0 };
  // Past the end of the list: the count says where the end lies.
  const [total] = await statements.count.execute(values);
  return { movements, total: total?.n ?? 0 };
}

/** What changes the SQL text of a movements page: which filters are set, the order, whether it is paged. */
type TMovementShape = {
  kind: boolean;
  product: boolean;
  userId: boolean;
  from: boolean;
  to: boolean;
  minAmount: boolean;
  maxAmount: boolean;
  sort: TMovementFilters['sort'];
  order: TMovementFilters['order'];
  whole: boolean;
};

// A page and its count, built once per shape with every value a placeholder: Drizzle built them on every
// request, a fifth of the wallet page's CPU (issue 21).
const movementStatements = preparedStatements('vigilo_wallet_movements', (db: TDbOrTx, name, key) => {
  const shape = JSON.parse(key) as TMovementShape;
  const p = (param: string, type: string) => sql`${sql.placeholder(param)}::${sql.raw(type)}`;
  const conditions: SQL[] = [eq(walletMovements.organisationId, p('organisationId', 'uuid'))];
  if (shape.kind) conditions.push(eq(walletMovements.kind, sql`${p('kind', 'text')}`));
  if (shape.product) conditions.push(eq(walletMovements.product, p('product', 'text')));
  if (shape.userId) conditions.push(eq(walletMovements.userId, p('userId', 'uuid')));
  if (shape.from) conditions.push(gte(walletMovements.createdAt, p('from', 'timestamptz')));
  if (shape.to) conditions.push(lt(walletMovements.createdAt, p('to', 'timestamptz')));
  if (shape.minAmount) conditions.push(gte(walletMovements.amountInclVatCents, p('minAmount', 'bigint')));
  if (shape.maxAmount) conditions.push(lte(walletMovements.amountInclVatCents, p('maxAmount', 'bigint')));
  const where = and(...conditions);
  const direction = shape.order === 'asc' ? asc : desc;
  const sortColumn = {
    createdAt: walletMovements.createdAt,
    amount: walletMovements.amountInclVatCents,
    product: walletMovements.product,
    user: userSortName(walletMovements.userId),
  }[shape.sort];
  const counted = db.select({ n: count() }).from(walletMovements).where(where);
  // The page and its count in one statement: an uncorrelated subquery runs once (issue 21).
  const page = db
    .select({ movement: walletMovements, total: sql<number>`(${counted})::int` })
    .from(walletMovements)
    .where(where)
    .orderBy(direction(sortColumn), direction(walletMovements.voucherNo))
    .offset(sql.placeholder('offset'));
  return {
    page: (shape.whole ? page : page.limit(sql.placeholder('limit'))).prepare(`${name}_page`),
    count: counted.prepare(`${name}_count`),
  };
});

// What the wallet page shows besides its movements, in one statement prepared once (issue 21): the
// balance, the price list in force, and the distinct products and people of the agency's movements (the
// filters' choices), each found by skipping through its index (one entry per value, a loose index scan)
// instead of reading the whole ledger.
const walletPageFacts = preparedStatements('vigilo_wallet_page_facts', (db: TDbOrTx, name) => {
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
      balanceCents: balanceCentsOf(organisationId),
      storedPriceList: storedPriceListAt(sql`${sql.placeholder('now')}::timestamptz`),
      products: sql<string[]>`${distinctValues('product')}`,
      userIds: sql<string[]>`${distinctValues('user_id')}`,
    })
    .from(sql`(select 1) as one`)
    .prepare(name);
});

export type TFilterChoices = { products: string[]; userIds: string[] };
export type TWalletPageFacts = { balanceCents: number; priceList: PriceList; choices: TFilterChoices };

/** The wallet's balance, the price list in force at `now`, and every product and user id of its movements. */
export async function findWalletPageFacts(
  db: TDbOrTx,
  organisationId: string,
  now = new Date(),
): Promise<TWalletPageFacts> {
  const [facts] = await walletPageFacts(db).execute({ organisationId, now: now.toISOString() });
  return {
    balanceCents: facts?.balanceCents ?? 0,
    priceList: priceListOf(facts?.storedPriceList),
    choices: { products: facts?.products ?? [], userIds: facts?.userIds ?? [] },
  };
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
