import type { TMovementListQuery } from '@vigilo/domain/contracts/wallet.ts';
import type { PriceList } from '@vigilo/domain/wallet/index.ts';
import { and, asc, count, desc, eq, getTableColumns, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { userSortName } from '../accounts/user-sort-name.ts';
import type { TDbOrTx } from '../db/client.ts';
import { tableRowMapperOf } from '../db/compiled-row-mapping.ts';
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

/** Every movement of one organisation matching the filters, sorted, with who made each one (CSV export). */
export async function findAllMovements(
  db: TDbOrTx,
  organisationId: string,
  filters: TMovementFilters,
): Promise<TMovementWithUser[]> {
  const rows = await movementStatements(db, JSON.stringify(shapeOf(filters))).all.execute(
    valuesOf(organisationId, filters),
  );
  return withUserNames(db, rows);
}

export type TFilterChoices = { products: string[]; userIds: string[] };
export type TWalletPage = {
  balanceCents: number;
  priceList: PriceList;
  choices: TFilterChoices;
  movements: TMovementRow[];
  /** Every movement matching the filters, also for a page past the end. */
  total: number;
};

/**
 * The wallet page in one statement (issue 21): the balance, the price list in force at `now`, every
 * product and user id of the agency's movements (the filters' choices), and one page of the movements
 * matching the filters with their count. The names are read apart, as every list does.
 */
export async function findWalletPage(
  db: TDbOrTx,
  organisationId: string,
  filters: TMovementFilters,
  page: { limit: number; offset: number },
  now = new Date(),
): Promise<TWalletPage> {
  const [found] = await movementStatements(db, JSON.stringify(shapeOf(filters))).page.execute({
    ...valuesOf(organisationId, filters),
    ...page,
    now: now.toISOString(),
  });
  return {
    balanceCents: found?.balanceCents ?? 0,
    priceList: priceListOf(found?.storedPriceList),
    choices: { products: found?.products ?? [], userIds: found?.userIds ?? [] },
    movements: (found?.movements ?? []).map(movementRow),
    total: found?.total ?? 0,
  };
}

/** What changes the SQL text of a movements statement: which filters are set, and the order. */
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
};

function shapeOf(filters: TMovementFilters): TMovementShape {
  return {
    kind: filters.kind !== undefined,
    product: Boolean(filters.product),
    userId: filters.userId !== undefined,
    from: filters.from !== undefined,
    to: filters.to !== undefined,
    minAmount: filters.minAmountCents !== undefined,
    maxAmount: filters.maxAmountCents !== undefined,
    sort: filters.sort,
    order: filters.order,
  };
}

function valuesOf(organisationId: string, filters: TMovementFilters) {
  return {
    organisationId,
    kind: filters.kind,
    product: filters.product,
    userId: filters.userId,
    from: filters.from && brusselsStartOfDay(filters.from).toISOString(),
    to: filters.to && brusselsStartOfDay(filters.to, 1).toISOString(),
    minAmount: filters.minAmountCents,
    maxAmount: filters.maxAmountCents,
  };
}

// The page's movements ride in its statement as one JSON array of arrays, each a row's values in the table's
// column order, decoded as a select decodes them.
const movementColumns = Object.values(getTableColumns(walletMovements));
const movementRow = tableRowMapperOf(walletMovements);

// Built once per shape with every value a placeholder: Drizzle built them on every request, a fifth of the
// wallet page's CPU (issue 21).
const movementStatements = preparedStatements('vigilo_wallet_movements', (db: TDbOrTx, name, key) => {
  const shape = JSON.parse(key) as TMovementShape;
  const p = (param: string, type: string) => sql`${sql.placeholder(param)}::${sql.raw(type)}`;
  const organisationId = p('organisationId', 'uuid');
  const conditions: SQL[] = [eq(walletMovements.organisationId, organisationId)];
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
  const order = [direction(sortColumn), direction(walletMovements.voucherNo)];
  // The page's rows as one JSON array, aggregated in the page's order again: an aggregate keeps no order of
  // its own. Each uncorrelated subquery runs once.
  const dir = sql.raw(shape.order === 'asc' ? 'asc' : 'desc');
  const values = sql.join(
    movementColumns.map((column) => sql`paged.${sql.identifier(column.name)}`),
    sql`, `,
  );
  const pageRows = sql`(select coalesce(json_agg(json_build_array(${values}) order by paged.sort_key ${dir}, paged.voucher_no ${dir}), '[]'::json)
    from (select ${walletMovements}.*, ${sortColumn} as sort_key from ${walletMovements} where ${where}
          order by ${sql.join(order, sql`, `)}
          limit ${sql.placeholder('limit')} offset ${sql.placeholder('offset')}) as paged)`;
  const page = db
    .select({
      balanceCents: balanceCentsOf(organisationId),
      storedPriceList: storedPriceListAt(p('now', 'timestamptz')),
      products: sql<string[]>`${distinctValues('product', organisationId)}`,
      userIds: sql<string[]>`${distinctValues('user_id', organisationId)}`,
      total: sql<number>`(${db.select({ n: count() }).from(walletMovements).where(where)})::int`,
      movements: sql<unknown[][]>`${pageRows}`,
    })
    .from(sql`(select 1) as one`)
    .prepare(`${name}_page`);
  const all = db
    .select()
    .from(walletMovements)
    .where(where)
    .orderBy(...order)
    .prepare(`${name}_all`);
  return { page, all };
});

// The distinct products or people of the agency's movements, each found by skipping through its index (one
// entry per value, a loose index scan) instead of reading the whole ledger.
function distinctValues(column: 'product' | 'user_id', organisationId: SQL): SQL {
  return sql`array(
    with recursive found as (
      (select ${sql.raw(column)} as value from wallet_movements
       where organisation_id = ${organisationId} and ${sql.raw(column)} is not null order by 1 limit 1)
      union all
      select (select ${sql.raw(column)} from wallet_movements
              where organisation_id = ${organisationId} and ${sql.raw(column)} > found.value order by 1 limit 1)
      from found where found.value is not null
    )
    select value from found where value is not null order by value)`;
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
