/** The status of an online payment, as Vigilo understands it whatever the provider calls it. */
export type TProviderPaymentStatus = 'open' | 'paid' | 'failed' | 'canceled' | 'expired';

export type TProviderPayment = {
  externalId: string;
  status: TProviderPaymentStatus;
  amountCents: number;
  /** Where the payer goes to pay (absolute for a real provider, a Vigilo path for the test provider). */
  checkoutUrl: string | null;
};

export type TCreatePaymentInput = {
  amountCents: number;
  description: string;
  /** Where the provider sends the payer back (absolute URL). */
  redirectUrl: string;
  /** Where the provider announces a status change (absolute URL; the body carries only the id). */
  webhookUrl: string;
  metadata: { paymentId: string; organisationId: string };
};

/**
 * An online payment service provider (Bancontact / Maestro top-ups, M9). Webhooks are never trusted for
 * their content: they only say "look at payment X", and Vigilo asks the provider with `getPayment`.
 */
export interface TPaymentProvider {
  readonly name: 'test' | 'mollie';
  createPayment(input: TCreatePaymentInput): Promise<TProviderPayment>;
  getPayment(externalId: string): Promise<TProviderPayment>;
}

/** A provider could not be reached or answered something unexpected. */
export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}
