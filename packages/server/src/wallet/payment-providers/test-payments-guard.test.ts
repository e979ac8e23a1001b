import { describe, expect, it } from 'vitest';
import { testPaymentsRefusal } from './test-payments-guard.ts';

const config = (provider: string, publicUrl: string) => ({ payments: { provider }, publicUrl });

describe('testPaymentsRefusal', () => {
  it.each(['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://app.localhost'])(
    'allows the test provider on the loopback address %s',
    (url) => {
      expect(testPaymentsRefusal(config('test', url), {})).toBeNull();
    },
  );

  it('refuses it in production and on a public address, unless explicitly allowed', () => {
    expect(testPaymentsRefusal(config('test', 'http://localhost:3000'), { NODE_ENV: 'production' })).toMatch(
      /NODE_ENV=production/,
    );
    expect(testPaymentsRefusal(config('test', 'https://vigilo.example.be'), {})).toMatch(/not a loopback/);
    expect(testPaymentsRefusal(config('test', 'http://localhost.evil.be'), {})).toMatch(/not a loopback/);
    expect(
      testPaymentsRefusal(config('test', 'https://vigilo.example.be'), {
        NODE_ENV: 'production',
        ALLOW_TEST_PAYMENTS: 'true',
      }),
    ).toBeNull();
  });

  it('never concerns a real provider', () => {
    expect(
      testPaymentsRefusal(config('mollie', 'https://vigilo.example.be'), { NODE_ENV: 'production' }),
    ).toBeNull();
  });
});
