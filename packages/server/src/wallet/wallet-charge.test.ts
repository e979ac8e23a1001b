import { randomUUID } from 'node:crypto';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import type { TActor } from '../http/actor.ts';
import { walletMovements, walletSubscriptionUses } from './wallet.schema.ts';
import { chargeVigilanceCalculation, walletBalanceCents } from './wallet-charge.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const price = 2299; // €19.00 + 21% VAT

async function agencyActor(): Promise<TActor> {
  const agency = await createAgency(t);
  const member = await agency.addMember({ toolRole: 'collaborator' });
  return {
    userId: member.user.id,
    organisationId: agency.organisation.id,
    membershipId: member.membership.id,
    isManager: false,
    toolRole: 'collaborator',
    isAllowed: true,
    ip: '127.0.0.1',
  };
}

function charge(actor: TActor, key: string = randomUUID(), transactionId: string = randomUUID()) {
  return t.database.db.transaction((tx) =>
    chargeVigilanceCalculation(tx, actor, { idempotencyKey: key, transactionId, reference: 'VENTE-1' }),
  );
}

describe('chargeVigilanceCalculation', () => {
  it('50 parallel payments on a wallet that can afford 7: exactly 7 paid, balance exact, never negative', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 7 * price + 150);
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => charge(actor)));
    const paid = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(paid).toHaveLength(7);
    expect(refused).toHaveLength(43);
    for (const r of refused) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AppError);
      expect((r as PromiseRejectedResult).reason.code).toBe('insufficient_balance');
      expect((r as PromiseRejectedResult).reason.details.missingCents).toBe(price - 150);
    }
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(150);
    const rows = await t.database.db
      .select()
      .from(walletMovements)
      .where(eq(walletMovements.organisationId, actor.organisationId));
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.balanceAfterCents >= 0)).toBe(true);
    // The running balance is the ledger's sum at every step: voucher numbers 1..8 without a gap.
    const sorted = rows.sort((a, b) => a.voucherNo - b.voucherNo);
    expect(sorted.map((r) => r.voucherNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    let running = 0;
    for (const row of sorted) {
      running += row.amountInclVatCents;
      expect(row.balanceAfterCents).toBe(running);
    }
    const debits = await t.database.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'wallet.debited'));
    expect(debits[0]!.n).toBeGreaterThanOrEqual(7);
  });

  it('debits €22.99 once per idempotency key and answers the same result again', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 10_000);
    const transactionId = randomUUID();
    const [first, second] = await Promise.all([
      charge(actor, 'click-1', transactionId),
      charge(actor, 'click-1', transactionId),
    ]);
    expect(first).toEqual({ kind: 'wallet', movementId: expect.any(String), amountInclVatCents: price });
    expect(second).toEqual(first);
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(10_000 - price);
    const [debit] = await t.database.db
      .select()
      .from(walletMovements)
      .where(eq(walletMovements.id, (first as { movementId: string }).movementId));
    expect(debit).toMatchObject({
      amountExclVatCents: -1900,
      vatCents: -399,
      vatRateBasisPoints: 2100,
      reference: 'VENTE-1',
    });
    // The same key for another transaction is a caller's bug, not a free calculation.
    await expect(charge(actor, 'click-1', randomUUID())).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses an insufficient balance with the missing amount and writes nothing', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 1000);
    await expect(charge(actor)).rejects.toMatchObject({
      code: 'insufficient_balance',
      details: { missingCents: price - 1000 },
    });
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(1000);
  });

  it('rolls the debit back with the caller when the caller fails after charging', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 5000);
    await expect(
      t.database.db.transaction(async (tx) => {
        await chargeVigilanceCalculation(tx, actor, {
          idempotencyKey: randomUUID(),
          transactionId: randomUUID(),
          reference: 'X',
        });
        throw new Error('computation failed');
      }),
    ).rejects.toThrow('computation failed');
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(5000);
  });

  it('keeps the ledger immutable', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 5000);
    await expect(
      t.database.db
        .update(walletMovements)
        .set({ amountExclVatCents: 999_999, amountInclVatCents: 999_999 })
        .where(eq(walletMovements.organisationId, actor.organisationId)),
    ).rejects.toThrow();
    await expect(
      t.database.db.delete(walletMovements).where(eq(walletMovements.organisationId, actor.organisationId)),
    ).rejects.toThrow();
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(5000);
  });

  it('is covered by a subscription while it has transactions left, then debits the wallet', async () => {
    const actor = await agencyActor();
    await creditWallet(t, actor.organisationId, 30_000);
    const { buySubscription } = await import('./subscriptions.service.ts');
    const bought = await buySubscription(
      { db: t.database.db, config: t.app.ctx.config },
      { ...actor, isManager: true },
      { planCode: 'bronze', idempotencyKey: 'buy-bronze-1' },
    );
    expect(bought.movement.amountInclVatCents).toBe(-27_104);
    const results = await Promise.all(Array.from({ length: 21 }, () => charge(actor)));
    expect(results.filter((r) => r.kind === 'subscription')).toHaveLength(20);
    expect(results.filter((r) => r.kind === 'wallet')).toHaveLength(1);
    const uses = await t.database.db
      .select()
      .from(walletSubscriptionUses)
      .where(eq(walletSubscriptionUses.subscriptionId, bought.subscription.id));
    expect(uses).toHaveLength(20);
    expect(await walletBalanceCents(t.database.db, actor.organisationId)).toBe(30_000 - 27_104 - price);
  });
});
