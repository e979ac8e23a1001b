import type { TApiKeyScope } from '@vigilo/domain/contracts/api-keys.ts';

/**
 * The only routes an API key may call, each with the scope it needs. Deny by default: a route added later
 * is closed to keys until it is listed here, and account, membership and key management never are.
 * Writing to a case (answers, decisions) stays with people: a decision is a person's act.
 */
const scopeOfRoute: Record<string, TApiKeyScope> = {
  'GET /api/contacts': 'contacts:read',
  'GET /api/contacts/:contactId': 'contacts:read',
  'GET /api/contacts/:contactId/versions/:versionNo': 'contacts:read',
  'GET /api/contacts/:contactId/acceptance.pdf': 'contacts:read',
  'GET /api/documents': 'contacts:read',
  'GET /api/documents/:documentId/download': 'contacts:read',
  'POST /api/contacts': 'contacts:write',
  'PUT /api/contacts/:contactId': 'contacts:write',
  'POST /api/documents': 'contacts:write',
  // Bulk import from a CSV/XLSX file: it creates contacts (screened as any new contact), so the key that
  // runs it needs the write scope, which also lets it follow its imports (progress, row outcomes, hit counts).
  'GET /api/contact-imports': 'contacts:write',
  'POST /api/contact-imports': 'contacts:write',
  'GET /api/contact-imports/:importId': 'contacts:write',
  'GET /api/contact-imports/:importId/preview': 'contacts:write',
  'PUT /api/contact-imports/:importId/mapping': 'contacts:write',
  'POST /api/contact-imports/:importId/confirm': 'contacts:write',
  'POST /api/contact-imports/:importId/cancel': 'contacts:write',
  'GET /api/contact-imports/:importId/rows': 'contacts:write',
  'GET /api/contacts/:contactId/screening': 'screening:run',
  'POST /api/contacts/:contactId/screening': 'screening:run',
  'GET /api/screening/new-hits': 'screening:run',
  'GET /api/contacts/:contactId/risk-profiles': 'cases:read',
  'GET /api/risk-profiles/:profileId': 'cases:read',
  'GET /api/transactions': 'cases:read',
  'GET /api/transactions/:transactionId': 'cases:read',
  'GET /api/transactions/party-candidates': 'cases:read',
  'GET /api/wallet': 'wallet:read',
  'GET /api/wallet/movements.csv': 'wallet:read',
  'GET /api/wallet/movements/:movementId/voucher.pdf': 'wallet:read',
  'GET /api/wallet/subscriptions': 'wallet:read',
  'GET /api/wallet/top-ups/:paymentId': 'wallet:read',
  'GET /api/wallet/transfer-instructions': 'wallet:read',
  'GET /api/declarations': 'officer:read',
  'GET /api/goaml/reports': 'officer:read',
  'GET /api/goaml/reports/:goamlReportId': 'officer:read',
};

/** The scope a key needs for a route (by its declared URL pattern), or null when keys may not call it. */
export function scopeForRoute(method: string, url: string): TApiKeyScope | null {
  return scopeOfRoute[`${method} ${url}`] ?? null;
}

/** Every route open to keys, for the OpenAPI document and for the test that the table names live routes. */
export function apiKeyRoutes(): { method: string; url: string; scope: TApiKeyScope }[] {
  return Object.entries(scopeOfRoute).map(([route, scope]) => {
    const [method, url] = route.split(' ') as [string, string];
    return { method, url, scope };
  });
}
