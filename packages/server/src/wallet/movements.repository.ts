import type { TMovementListQuery } from '@vigilo/domain/contracts/wallet.ts';
import { and, asc, count, desc, eq, gte, lt, lte, type SQL, sql } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import type { TDbOrTx } from '../db/client.ts';
import { walletMovements } from './wallet.schema.ts';
import type { TMovementRow } from './wallet-ledger.ts';

export type TMovementWithUser = { movement: TMovementRow; userName: string | null };
export type TMovementFilters = Omit<TMovementListQuery, 'page' | 'pageSize'>;

const userName = sql<
  string | null
>`case when ${users.id} is null then null else ${users.firstName} || ' ' || ${users.lastName} end`;

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
    user: sql`lower(${users.lastName} || ' ' || ${users.firstName})`,
  }[filters.sort];
  const base = db
    .select({ movement: walletMovements, userName })
    .from(walletMovements)
    .leftJoin(users, eq(users.id, walletMovements.userId))
    .where(where)
    .orderBy(direction(sortColumn), direction(walletMovements.voucherNo))
    .offset(page.offset);
  const rows = page.limit === null ? await base : await base.limit(page.limit);
  const [total] = await db.select({ n: count() }).from(walletMovements).where(where);
  return { rows, total: total?.n ?? 0 };
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

/** Midnight in Brussels of a calendar date (plus `addDays`), as an instant. */
export function brusselsStartOfDay(date: string, addDays = 0): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  utcMidnight.setUTCDate(utcMidnight.getUTCDate() + addDays);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Brussels', timeZoneName: 'longOffset' })
    .formatToParts(utcMidnight)
    .find((p) => p.type === 'timeZoneName')?.value;
  const [, sign, hours, minutes] = offset?.match(/GMT([+-])(\d{2}):(\d{2})/) ?? [];
  const offsetMs = sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000 : 0;
  return new Date(utcMidnight.getTime() - offsetMs);
}

/** Every product and user that appears in the organisation's movements (the filters' choices). */
export async function findFilterOptions(db: TDbOrTx, organisationId: string) {
  const products = await db
    .selectDistinct({ product: walletMovements.product })
    .from(walletMovements)
    .where(eq(walletMovements.organisationId, organisationId))
    .orderBy(walletMovements.product);
  const people = await db
    .selectDistinct({ id: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(walletMovements)
    .innerJoin(users, eq(users.id, walletMovements.userId))
    .where(eq(walletMovements.organisationId, organisationId));
  return {
    products: products.map((p) => p.product),
    users: people
      .map((u) => ({ id: u.id, name: `${u.firstName} ${u.lastName}` }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function findMovementWithUser(
  db: TDbOrTx,
  organisationId: string,
  movementId: string,
): Promise<TMovementWithUser | null> {
  const [row] = await db
    .select({ movement: walletMovements, userName })
    .from(walletMovements)
    .leftJoin(users, eq(users.id, walletMovements.userId))
    .where(and(eq(walletMovements.organisationId, organisationId), eq(walletMovements.id, movementId)));
  return row ?? null;
}

export async function findMovementOrganisation(db: TDbOrTx, movementId: string): Promise<string | null> {
  const [row] = await db
    .select({ organisationId: walletMovements.organisationId })
    .from(walletMovements)
    .where(eq(walletMovements.id, movementId));
  return row?.organisationId ?? null;
}
