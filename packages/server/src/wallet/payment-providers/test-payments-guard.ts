/**
 * The test payment provider credits wallets without real money. The server refuses to start with it in
 * production (`NODE_ENV=production`) or when it is reachable from elsewhere (`PUBLIC_URL` not loopback),
 * unless the operator says so explicitly (`ALLOW_TEST_PAYMENTS=true`, for a public demonstration).
 * Returns the one-line reason to refuse, or null.
 */
export function testPaymentsRefusal(
  config: { payments: { provider: string }; publicUrl: string },
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (config.payments.provider !== 'test' || env.ALLOW_TEST_PAYMENTS === 'true') return null;
  if (env.NODE_ENV === 'production')
    return 'PAYMENT_PROVIDER=test is refused with NODE_ENV=production: set PAYMENT_PROVIDER=mollie (or ALLOW_TEST_PAYMENTS=true for a demonstration)';
  if (!isLoopback(config.publicUrl))
    return `PAYMENT_PROVIDER=test is refused for PUBLIC_URL=${config.publicUrl}, which is not a loopback address: set PAYMENT_PROVIDER=mollie (or ALLOW_TEST_PAYMENTS=true for a demonstration)`;
  return null;
}

function isLoopback(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}
