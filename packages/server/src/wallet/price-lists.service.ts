import type { TPriceListVersion, TPublishPriceListRequest } from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { DEFAULT_PRICE_LIST, type PriceList, ZPriceList } from '@vigilo/domain/wallet/index.ts';
import { desc, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { priceLists } from './wallet.schema.ts';

/** Until the administrator publishes a version, the source service's prices apply (version 1). */
const builtInEffectiveFrom = new Date('2024-01-01T00:00:00Z');

/** The price list in force at `now`: the latest version whose effective date has come. */
export async function currentPriceList(db: TDbOrTx, now = new Date()): Promise<PriceList> {
  const [row] = await db
    .select({ stored: storedPriceListAt(sql`${now.toISOString()}::timestamptz`) })
    .from(sql`(select 1) as one`);
  return priceListOf(row?.stored);
}

/** The stored price list in force at `at`, as a subquery (the wallet page reads it with its other facts). */
export function storedPriceListAt(at: SQL): SQL<unknown> {
  return sql`(select ${priceLists.priceList} from ${priceLists} where ${priceLists.effectiveFrom} <= ${at}
    order by ${priceLists.effectiveFrom} desc, ${priceLists.version} desc limit 1)`;
}

/** A stored price list, or the built-in one when none has taken effect yet. */
export function priceListOf(stored: unknown): PriceList {
  return stored == null ? DEFAULT_PRICE_LIST : ZPriceList.parse(stored);
}

/** Every version, newest first, the one in force marked. */
export async function listPriceLists(ctx: TAppContext, now = new Date()): Promise<TPriceListVersion[]> {
  const rows = await ctx.db.select().from(priceLists).orderBy(desc(priceLists.version));
  const current = await currentPriceList(ctx.db, now);
  const versions: TPriceListVersion[] = rows.map((row) => ({
    version: row.version,
    effectiveFrom: row.effectiveFrom.toISOString(),
    isCurrent: row.version === current.version,
    priceList: ZPriceList.parse(row.priceList),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  }));
  if (!rows.some((row) => row.version === DEFAULT_PRICE_LIST.version)) {
    versions.push({
      version: DEFAULT_PRICE_LIST.version,
      effectiveFrom: builtInEffectiveFrom.toISOString(),
      isCurrent: current.version === DEFAULT_PRICE_LIST.version,
      priceList: DEFAULT_PRICE_LIST,
      createdBy: null,
      createdAt: null,
    });
  }
  return versions;
}

/**
 * Publishes a new version. Prices already charged keep the version they used (recorded on each
 * movement and subscription); a version cannot start in the past, so history is never rewritten.
 */
export async function publishPriceList(
  ctx: TAppContext,
  adminUserId: string,
  input: TPublishPriceListRequest,
  meta: TRequestMeta,
): Promise<TPriceListVersion> {
  const effectiveFrom = new Date(input.effectiveFrom);
  if (effectiveFrom.getTime() < Date.now() - 60_000) {
    throw new AppError('validation_failed', { field: 'effectiveFrom' });
  }
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('price_lists'))`);
    const [last] = await tx
      .select({ version: sql<number>`coalesce(max(${priceLists.version}), 0)`.mapWith(Number) })
      .from(priceLists);
    const version = Math.max(last?.version ?? 0, DEFAULT_PRICE_LIST.version) + 1;
    const { effectiveFrom: _typed, ...prices } = input;
    const parsed = ZPriceList.safeParse({ ...prices, version });
    if (!parsed.success) throw new AppError('validation_failed', { field: 'subscriptionPlans' });
    const [row] = await tx
      .insert(priceLists)
      .values({ version, effectiveFrom, priceList: parsed.data, createdBy: adminUserId })
      .returning();
    await recordAudit(tx, {
      actorUserId: adminUserId,
      action: 'admin.price_list_published',
      subjectType: 'price_list',
      subjectId: String(version),
      payload: { version, effectiveFrom: effectiveFrom.toISOString(), priceList: parsed.data },
      ip: meta.ip,
    });
    return {
      version,
      effectiveFrom: row!.effectiveFrom.toISOString(),
      isCurrent: effectiveFrom.getTime() <= Date.now(),
      priceList: parsed.data,
      createdBy: adminUserId,
      createdAt: row!.createdAt.toISOString(),
    };
  });
}
