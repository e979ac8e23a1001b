import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';

const secret = 'whsec_test';
const body = '{"type":"webhook.test"}';

describe('webhook signature', () => {
  it('signs the timestamp with the body', () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook(secret, body, header, 1_800_000_010)).toBe(true);
    // Same body, another timestamp: another signature, so the timestamp cannot be swapped.
    const forged = header.replace('t=1800000000', 't=1800000300');
    expect(verifyWebhook(secret, body, forged, 1_800_000_300)).toBe(false);
  });

  it('refuses a malformed header, another secret, and a stale timestamp', () => {
    const header = signWebhook(secret, body, 1_800_000_000);
    expect(verifyWebhook(secret, body, 'garbage', 1_800_000_000)).toBe(false);
    expect(verifyWebhook('whsec_other', body, header, 1_800_000_000)).toBe(false);
    expect(verifyWebhook(secret, body, header, 1_800_000_301)).toBe(false);
  });
});
