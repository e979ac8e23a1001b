import { randomUUID } from 'node:crypto';
import type { TDb } from '../src/db/client.ts';
import { paymentIntents, testProviderPayments } from '../src/wallet/wallet.schema.ts';
import { appendMovement, lockWallet } from '../src/wallet/wallet-ledger.ts';

/**
 * A wallet movement, a payment and its test provider checkout of one organisation: examples for the
 * route-table tenant test.
 */
export async function walletTenantFixtures(db: TDb, organisationId: string) {
  return db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    const movement = await appendMovement(tx, {
      organisationId,
      kind: 'topup',
      product: 'top_up_online',
      amountExclVatCents: 5000,
      vatCents: 0,
      vatRateBasisPoints: 0,
      priceListVersion: null,
      reference: 'fixture',
      subjectType: null,
      subjectId: null,
      userId: null,
      idempotencyKey: `fixture:${randomUUID()}`,
    });
    const [payment] = await tx
      .insert(paymentIntents)
      .values({
        organisationId,
        provider: 'test',
        status: 'open',
        amountCents: 5000,
        idempotencyKey: randomUUID(),
      })
      .returning();
    const externalId = `tst_fixture${randomUUID().replaceAll('-', '')}`;
    await tx.insert(testProviderPayments).values({
      externalId,
      amountCents: 5000,
      description: 'fixture',
      status: 'open',
      redirectUrl: `/wallet?payment=${payment!.id}`,
      webhookUrl: 'http://localhost/api/payments/webhook/test',
      metadata: { paymentId: payment!.id, organisationId },
    });
    return { movementId: movement.id, paymentId: payment!.id, externalId };
  });
}
