import { describe, expect, it } from 'vitest';
import { ZWebhookUrl } from './webhooks.ts';

describe('webhook endpoint address', () => {
  it('accepts HTTPS anywhere', () => {
    expect(ZWebhookUrl.safeParse('https://crm.example.be/hooks/vigilo').success).toBe(true);
  });

  it('accepts plain HTTP only on this machine', () => {
    expect(ZWebhookUrl.safeParse('http://127.0.0.1:8080/hook').success).toBe(true);
    expect(ZWebhookUrl.safeParse('http://localhost/hook').success).toBe(true);
    expect(ZWebhookUrl.safeParse('http://crm.example.be/hook').success).toBe(false);
    expect(ZWebhookUrl.safeParse('http://127.0.0.1.example.be/hook').success).toBe(false);
  });

  it('refuses other schemes and non-URLs', () => {
    for (const value of [
      'ftp://crm.example.be/x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'crm.example.be',
    ])
      expect(ZWebhookUrl.safeParse(value).success, value).toBe(false);
  });
});
