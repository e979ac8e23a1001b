import { walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import { and, eq, sql } from 'drizzle-orm';
import { chainOf } from '../audit/audit.service.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { walletMovements, wallets } from './wallet.schema.ts';

export type TWalletRow = typeof wallets.$inferSelect;
export type TMovementRow = typeof walletMovements.$inferSelect;

/** The organisation's wallet, created on first use with its structured communication. */
export async function ensureWallet(db: TDbOrTx, organisationId: string): Promise<TWalletRow> {
  const [existing] = await db.select().from(wallets).where(eq(wallets.organisationId, organisationId));
  if (existing) return existing;
  const seq = await db.execute(sql`select nextval(pg_get_serial_sequence('wallets', 'number'))::int as n`);
  const number = Number((seq.rows[0] as { n: number }).n);
  await db
    .insert(wallets)
    .values({
      organisationId,
      number,
      communicationDigits: walletStructuredCommunication(number).digits,
    })
    .onConflictDoNothing({ target: wallets.organisationId });
  const [created] = await db.select().from(wallets).where(eq(wallets.organisationId, organisationId));
  return created!;
}

/**
 * Serialises every writer of one organisation's wallet until the caller's transaction ends.
 *
 * Lock order matters: the organisation's audit-chain lock is taken first, then the wallet row. A caller
 * that already wrote an audit event in this transaction holds the first lock (advisory locks are
 * re-entrant), so every path takes them in the same order and two writers can never deadlock.
 */
export async function lockWallet(tx: TTx, organisationId: string): Promise<TWalletRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audit:${chainOf(organisationId)}`}))`);
  await ensureWallet(tx, organisationId);
  const [locked] = await tx
    .select()
    .from(wallets)
    .where(eq(wallets.organisationId, organisationId))
    .for('update');
  return locked!;
}

/** The balance, derived from the ledger: the sum of every movement incl. VAT. */
export async function walletBalanceCents(db: TDbOrTx, organisationId: string): Promise<number> {
  const result = await db.execute(
    sql`select coalesce(sum(${walletMovements.amountInclVatCents}), 0)::bigint as balance
        from ${walletMovements} where ${walletMovements.organisationId} = ${organisationId}`,
  );
  return Number((result.rows[0] as { balance: string | number }).balance);
}

export type TAppendMovement = {
  organisationId: string;
  kind: TMovementRow['kind'];
  product: string;
  /** Signed amounts: credits positive, debits negative; excl. + VAT = incl. */
  amountExclVatCents: number;
  vatCents: number;
  vatRateBasisPoints: number;
  priceListVersion: number | null;
  reference: string;
  subjectType: string | null;
  subjectId: string | null;
  userId: string | null;
  idempotencyKey: string;
};

/**
 * Appends one immutable movement. Must run under {@link lockWallet}: the voucher number and the balance
 * after are computed from the rows before it. A debit that would overdraw is refused by the caller's
 * domain rule and, as a last line, by the table's `balance_after_cents >= 0` check.
 */
export async function appendMovement(tx: TTx, input: TAppendMovement): Promise<TMovementRow> {
  const balance = await walletBalanceCents(tx, input.organisationId);
  const [last] = await tx
    .select({ voucherNo: sql<number>`coalesce(max(${walletMovements.voucherNo}), 0)`.mapWith(Number) })
    .from(walletMovements)
    .where(eq(walletMovements.organisationId, input.organisationId));
  const amountInclVatCents = input.amountExclVatCents + input.vatCents;
  const [row] = await tx
    .insert(walletMovements)
    .values({
      ...input,
      amountInclVatCents,
      voucherNo: (last?.voucherNo ?? 0) + 1,
      balanceAfterCents: balance + amountInclVatCents,
    })
    .returning();
  return row!;
}

export async function findMovementByKey(
  db: TDbOrTx,
  organisationId: string,
  idempotencyKey: string,
): Promise<TMovementRow | null> {
  const [row] = await db
    .select()
    .from(walletMovements)
    .where(
      and(
        eq(walletMovements.organisationId, organisationId),
        eq(walletMovements.idempotencyKey, idempotencyKey),
      ),
    );
  return row ?? null;
}
