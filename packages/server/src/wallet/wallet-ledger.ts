import { walletStructuredCommunication } from '@vigilo/domain/wallet/index.ts';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { chainOf } from '../audit/audit.service.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
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

// Prepared once: the wallet page and every charge read it (issue 21).
const lastMovement = preparedStatements('vigilo_wallet_last_movement', (db: TDbOrTx, name) =>
  db
    .select({ voucherNo: walletMovements.voucherNo, balanceAfterCents: walletMovements.balanceAfterCents })
    .from(walletMovements)
    .where(eq(walletMovements.organisationId, sql`${sql.placeholder('organisationId')}::uuid`))
    .orderBy(desc(walletMovements.voucherNo))
    .limit(1)
    .prepare(name),
);

/**
 * The balance, from the ledger: the balance after its last movement. Every movement is appended under the
 * wallet lock with the next voucher number and the running sum incl. VAT ({@link appendMovement}), so the
 * last one holds the sum of all of them, read from one index entry instead of summing the whole ledger.
 */
export async function walletBalanceCents(db: TDbOrTx, organisationId: string): Promise<number> {
  const [last] = await lastMovement(db).execute({ organisationId });
  return last?.balanceAfterCents ?? 0;
}

/** The same balance as a subquery, for a statement that reads it with other facts (the wallet page). */
export function balanceCentsOf(organisationId: SQL): SQL<number> {
  return sql`coalesce((select ${walletMovements.balanceAfterCents} from ${walletMovements}
    where ${walletMovements.organisationId} = ${organisationId}
    order by ${walletMovements.voucherNo} desc limit 1), 0)::bigint`.mapWith(Number);
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
  const [last] = await lastMovement(tx).execute({ organisationId: input.organisationId });
  const balance = last?.balanceAfterCents ?? 0;
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
