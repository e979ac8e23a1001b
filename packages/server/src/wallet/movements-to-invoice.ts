import type { TLedgerMovement } from '@vigilo/domain/invoicing/index.ts';
import { and, asc, eq, lt, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { walletMovements } from './wallet.schema.ts';

/*
 * The wallet's movements as invoicing reads them. Which movements a document already accounts for is
 * invoicing's knowledge: it passes that as a condition on the movement's id (e.g. a `not exists` on its
 * own table), so the query stays one anti-join and the wallet never names invoicing's tables.
 */

/** A condition on a movement, given the movement's id column. */
export type TMovementCondition = (movementId: SQLWrapper) => SQL;

/** Organisations with a movement before `before` that meets the condition, in id order. */
export async function organisationsWithMovementsBefore(
  db: TDbOrTx,
  before: Date,
  condition: TMovementCondition,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organisationId: walletMovements.organisationId })
    .from(walletMovements)
    .where(and(condition(walletMovements.id), lt(walletMovements.createdAt, before)))
    .orderBy(walletMovements.organisationId);
  return rows.map((r) => r.organisationId);
}

/** The organisation's movements before `before` that meet the condition, oldest first. */
export async function movementsBefore(
  db: TDbOrTx,
  organisationId: string,
  before: Date,
  condition: TMovementCondition,
): Promise<TLedgerMovement[]> {
  const rows = await db
    .select()
    .from(walletMovements)
    .where(
      and(
        eq(walletMovements.organisationId, organisationId),
        condition(walletMovements.id),
        lt(walletMovements.createdAt, before),
      ),
    )
    .orderBy(asc(walletMovements.createdAt), asc(walletMovements.voucherNo));
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    product: m.product,
    amountExclVatCents: m.amountExclVatCents,
    vatCents: m.vatCents,
    amountInclVatCents: m.amountInclVatCents,
    vatRateBasisPoints: m.vatRateBasisPoints,
    priceListVersion: m.priceListVersion,
    createdAt: m.createdAt,
  }));
}
