import { centsToDecimalString } from '@vigilo/domain/money/index.ts';
import { z } from 'zod';
import {
  PaymentProviderError,
  type TCreatePaymentInput,
  type TPaymentProvider,
  type TProviderPayment,
  type TProviderPaymentStatus,
} from './payment-provider.ts';

/** The part of a Mollie payment (Payments API v2) that Vigilo reads. */
const ZMolliePayment = z.object({
  id: z.string().min(1),
  status: z.string(),
  amount: z.object({ currency: z.string(), value: z.string().regex(/^\d+\.\d{2}$/) }),
  _links: z.object({ checkout: z.object({ href: z.string() }).optional() }).optional(),
});

const statusMap: Record<string, TProviderPaymentStatus> = {
  open: 'open',
  pending: 'open',
  authorized: 'open',
  paid: 'paid',
  failed: 'failed',
  canceled: 'canceled',
  expired: 'expired',
};

/**
 * Mollie's Payments API (Belgian PSP; Bancontact, whose cards are co-branded Maestro): create a payment
 * → send the payer to `_links.checkout.href` → Mollie calls the webhook with `id=tr_…` → fetch the
 * payment to learn its status. Base URL and API key come from the configuration.
 */
export class MolliePaymentProvider implements TPaymentProvider {
  readonly name = 'mollie' as const;

  constructor(private readonly options: { apiUrl: string; apiKey: string; timeoutMs?: number }) {}

  async createPayment(input: TCreatePaymentInput): Promise<TProviderPayment> {
    const body = {
      amount: { currency: 'EUR', value: centsToDecimalString(input.amountCents) },
      description: input.description,
      redirectUrl: input.redirectUrl,
      webhookUrl: input.webhookUrl,
      method: 'bancontact',
      metadata: input.metadata,
    };
    return this.request('POST', '/payments', body);
  }

  async getPayment(externalId: string): Promise<TProviderPayment> {
    if (!/^tr_[A-Za-z0-9]+$/.test(externalId)) throw new PaymentProviderError('not a Mollie payment id');
    return this.request('GET', `/payments/${externalId}`);
  }

  private async request(method: string, path: string, body?: unknown): Promise<TProviderPayment> {
    let res: Response;
    try {
      res = await fetch(`${this.options.apiUrl.replace(/\/$/, '')}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${this.options.apiKey}`,
          accept: 'application/json',
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
    } catch (error) {
      throw new PaymentProviderError(`Mollie unreachable: ${(error as Error).message}`);
    }
    const data: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const detail = (data as { detail?: string } | null)?.detail ?? res.statusText;
      throw new PaymentProviderError(`Mollie answered ${res.status}: ${detail}`, res.status);
    }
    const parsed = ZMolliePayment.safeParse(data);
    if (!parsed.success || parsed.data.amount.currency !== 'EUR') {
      throw new PaymentProviderError('Mollie answered an unexpected payment');
    }
    const payment = parsed.data;
    return {
      externalId: payment.id,
      status: statusMap[payment.status] ?? 'open',
      amountCents: Number(payment.amount.value.replace('.', '')),
      checkoutUrl: payment._links?.checkout?.href ?? null,
    };
  }
}
