import type { TAppContext } from '../../context.ts';
import { MolliePaymentProvider } from './mollie-provider.ts';
import type { TPaymentProvider } from './payment-provider.ts';
import { TestPaymentProvider } from './test-provider.ts';

const cache = new WeakMap<TAppContext, TPaymentProvider>();

/** The configured provider (PAYMENT_PROVIDER); refuses to start Mollie without an API key. */
export function paymentProviderFor(ctx: TAppContext): TPaymentProvider {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const { payments } = ctx.config;
  let provider: TPaymentProvider;
  if (payments.provider === 'mollie') {
    if (!payments.mollieApiKey) throw new Error('PAYMENT_PROVIDER=mollie needs MOLLIE_API_KEY');
    provider = new MolliePaymentProvider({ apiUrl: payments.mollieApiUrl, apiKey: payments.mollieApiKey });
  } else {
    provider = new TestPaymentProvider(ctx.db);
  }
  cache.set(ctx, provider);
  return provider;
}
