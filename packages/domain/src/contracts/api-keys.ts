import { z } from 'zod';

/**
 * What an organisation API key may do. A key reaches only the routes its scopes name (deny by default,
 * see the server's api-key route table). `officer:read` opens declarations and reports to CTIF-CFI, which
 * only the AML officer handles and which the tipping-off ban protects: only an officer grants it.
 */
export const apiKeyScopes = [
  'contacts:read',
  'contacts:write',
  'screening:run',
  'cases:read',
  'wallet:read',
  'officer:read',
] as const;
export type TApiKeyScope = (typeof apiKeyScopes)[number];

/** Scopes only the AML officer may grant. */
export const officerOnlyScopes: readonly TApiKeyScope[] = ['officer:read'];

export const apiKeyRateLimit = { min: 10, max: 1200, default: 120 } as const;

export const ZCreateApiKeyRequest = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(z.enum(apiKeyScopes)).min(1).max(apiKeyScopes.length),
  rateLimitPerMinute: z
    .number()
    .int()
    .min(apiKeyRateLimit.min)
    .max(apiKeyRateLimit.max)
    .default(apiKeyRateLimit.default),
});
export type TCreateApiKeyRequest = z.infer<typeof ZCreateApiKeyRequest>;

export const ZApiKey = z.object({
  id: z.string(),
  name: z.string(),
  /** The first characters of the key, enough to recognise it; the rest is never stored. */
  prefix: z.string(),
  scopes: z.array(z.enum(apiKeyScopes)),
  rateLimitPerMinute: z.number(),
  createdAt: z.string(),
  createdBy: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TApiKey = z.infer<typeof ZApiKey>;

export const ZApiKeysResponse = z.object({
  keys: z.array(ZApiKey),
  /** Scopes the caller may grant: officer-only scopes appear only for the officer. */
  grantableScopes: z.array(z.enum(apiKeyScopes)),
});

/** The one answer that carries the secret: it is shown once and cannot be read again. */
export const ZCreatedApiKeyResponse = z.object({ key: ZApiKey, token: z.string() });

export const ZApiKeyIdParams = z.object({ apiKeyId: z.string().uuid() });
