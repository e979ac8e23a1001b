import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { testProviderPayments } from '../wallet.schema.ts';
import {
  PaymentProviderError,
  type TCreatePaymentInput,
  type TPaymentProvider,
  type TProviderPayment,
  type TProviderPaymentStatus,
} from './payment-provider.ts';

export type TTestPaymentRow = typeof testProviderPayments.$inferSelect;

/**
 * The built-in provider for local use (PAYMENT_PROVIDER=test): it plays the payment service provider
 * with its own table, and its "checkout" is a Vigilo page (`/payments/test/<id>`) where the user
 * confirms or cancels. No money moves: never use it in production.
 */
export class TestPaymentProvider implements TPaymentProvider {
  readonly name = 'test' as const;

  constructor(private readonly db: TDb) {}

  async createPayment(input: TCreatePaymentInput): Promise<TProviderPayment> {
    const externalId = `tst_${randomBytes(18).toString('base64url')}`;
    // Same origin by definition: keep only the path, so it works on whatever port Vigilo listens.
    const redirect = new URL(input.redirectUrl);
    const [row] = await this.db
      .insert(testProviderPayments)
      .values({
        externalId,
        amountCents: input.amountCents,
        description: input.description,
        status: 'open',
        redirectUrl: `${redirect.pathname}${redirect.search}`,
        webhookUrl: input.webhookUrl,
        metadata: input.metadata,
      })
      .returning();
    return present(row!);
  }

  async getPayment(externalId: string): Promise<TProviderPayment> {
    const row = await this.findCheckout(externalId);
    if (!row) throw new PaymentProviderError('unknown test payment', 404);
    return present(row);
  }

  async findCheckout(externalId: string): Promise<TTestPaymentRow | null> {
    const [row] = await this.db
      .select()
      .from(testProviderPayments)
      .where(eq(testProviderPayments.externalId, externalId));
    return row ?? null;
  }

  /** The organisation whose top-up this checkout pays (from the metadata the top-up service sets). */
  static async findCheckoutOrganisation(db: TDb, externalId: string): Promise<string | null> {
    const [row] = await db
      .select({ organisationId: sql<string | null>`${testProviderPayments.metadata}->>'organisationId'` })
      .from(testProviderPayments)
      .where(eq(testProviderPayments.externalId, externalId));
    return row?.organisationId ?? null;
  }

  /** The payer's choice on the checkout page; only an open payment changes. */
  async decide(
    externalId: string,
    status: Exclude<TProviderPaymentStatus, 'open'>,
  ): Promise<TTestPaymentRow | null> {
    const row = await this.findCheckout(externalId);
    if (!row) return null;
    if (row.status !== 'open') return row;
    const [updated] = await this.db
      .update(testProviderPayments)
      .set({ status })
      .where(eq(testProviderPayments.externalId, externalId))
      .returning();
    return updated!;
  }
}

function present(row: TTestPaymentRow): TProviderPayment {
  return {
    externalId: row.externalId,
    status: row.status,
    amountCents: row.amountCents,
    checkoutUrl: `/payments/test/${row.externalId}`,
  };
}
