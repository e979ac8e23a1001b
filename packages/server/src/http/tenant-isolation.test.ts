import { apiKeyScopes, type TApiKeyScope } from '@vigilo/domain/contracts/api-keys.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiKeyClient, createApiKeyClient } from '../../test/api-key-client.ts';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, forceActiveOrganisation } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { walletTenantFixtures } from '../../test/wallet-fixtures.ts';
import { apiKeyRoutes, scopeForRoute } from '../api-keys/api-key-routes.ts';
import type { TRouteEntry } from '../app.ts';
import type { TDb } from '../db/client.ts';
import { documents } from '../documents/documents.schema.ts';
import { routeParams } from './resource-ownership.ts';
import { orgAccess } from './session.plugin.ts';

/**
 * Walks the application's own route table: every organisation-scoped route is tried by people who must
 * be refused. Routes added by later features are covered without touching this file, except that each
 * new id parameter needs an example of agency A below (the test fails and says so otherwise).
 */
let t: TTestApp;
type TPerson = 'otherTenant' | 'pending' | 'noAccess' | 'collaborator' | 'anonymous';
/** API keys of agency A each lacking one scope, one holding all, one revoked, and agency B's key. */
type TKeyCaller = `keyWithout:${TApiKeyScope}` | 'keyWithAllScopes' | 'revokedKey' | 'otherTenantKey';
let clients: Record<TPerson, TestClient> & Record<TKeyCaller, ApiKeyClient>;
const fixtures: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t); // platform administrator
  const a = await createAgency(t, { name: 'Agence A' });
  const officerA = await a.addMember({ isManager: true, toolRole: 'officer' });
  const collaborator = await a.addMember({ toolRole: 'collaborator' });
  const noAccess = await a.addMember();
  const pending = await a.addMember({ status: 'pending' });
  const b = await createAgency(t, { name: 'Agence B' });
  const otherTenant = await b.addMember({ isManager: true, toolRole: 'officer' });
  fixtures.memberId = collaborator.membership.id;
  const [document] = await t.database.db
    .insert(documents)
    .values({
      organisationId: a.organisation.id,
      subjectType: 'contact',
      subjectId: collaborator.user.id,
      filename: 'a.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 0,
      sha256: '',
      storage: 'database',
      storageKey: 'none',
    })
    .returning();
  fixtures.documentId = document!.id;
  const contact = await collaborator.client.post('/api/contacts', personInput());
  fixtures.contactId = contact.body.id;
  fixtures.versionNo = '1';
  const profile = await collaborator.client.post(`/api/contacts/${contact.body.id}/risk-profiles`, {
    role: 'buyer',
  });
  fixtures.profileId = profile.body.id;
  fixtures.notificationId = '00000000-0000-4000-8000-000000000000';
  Object.assign(fixtures, await walletTenantFixtures(t.database.db, a.organisation.id));
  fixtures.hitId = '00000000-0000-4000-8000-000000000000';
  fixtures.transactionId = '00000000-0000-4000-8000-000000000000';
  // goAML reports and officer reports (issue 8): officer-only, checked with ids no organisation owns.
  for (const param of ['goamlReportId', 'annualReportId', 'riskAssessmentId', 'trainingId'])
    fixtures[param] = '00000000-0000-4000-8000-000000000000';
  fixtures.holdId = '00000000-0000-4000-8000-000000000000';
  fixtures.invoiceId = '00000000-0000-4000-8000-000000000000';
  fixtures.webhookId = '00000000-0000-4000-8000-000000000000';
  fixtures.clientLinkId = '00000000-0000-4000-8000-000000000000';
  fixtures.importId = '00000000-0000-4000-8000-000000000000';
  await forceActiveOrganisation(t, pending.client, a.organisation.id);
  const keyOf = async (creator: TestClient, scopes: readonly TApiKeyScope[]) =>
    (await createApiKeyClient(t, creator, [...scopes], { rateLimitPerMinute: 1200 })).client;
  const keyCallers: Partial<Record<TKeyCaller, ApiKeyClient>> = {
    keyWithAllScopes: await keyOf(officerA.client, apiKeyScopes),
    otherTenantKey: await keyOf(otherTenant.client, apiKeyScopes),
  };
  for (const scope of apiKeyScopes)
    keyCallers[`keyWithout:${scope}`] = await keyOf(
      officerA.client,
      apiKeyScopes.filter((s) => s !== scope),
    );
  const revoked = await createApiKeyClient(t, officerA.client, [...apiKeyScopes]);
  await officerA.client.post(`/api/org/api-keys/${revoked.key.id}/revoke`);
  keyCallers.revokedKey = revoked.client;
  fixtures.apiKeyId = revoked.key.id;
  clients = {
    otherTenant: otherTenant.client,
    pending: pending.client,
    noAccess: noAccess.client,
    collaborator: collaborator.client,
    anonymous: new TestClient(t.app),
    ...(keyCallers as Record<TKeyCaller, ApiKeyClient>),
  };
}, 180_000);
afterAll(() => t.close());

/** A fingerprint of every table's content (sessions and API keys aside: using them stamps their last use). */
async function databaseFingerprint(db: TDb): Promise<string> {
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename not in ('sessions', 'api_keys') order by 1`,
  );
  const parts: string[] = [];
  for (const { tablename } of tables.rows as { tablename: string }[]) {
    const r = await db.execute(
      sql.raw(
        `select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from "${tablename}" t`,
      ),
    );
    parts.push(`${tablename}:${(r.rows[0] as { h: string }).h}`);
  }
  return parts.join(',');
}

function urlFor(route: TRouteEntry): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => {
    const value = fixtures[name];
    if (!value)
      throw new Error(`tenant-isolation test: add an agency-A example for :${name} (route ${route.url})`);
    return value;
  });
}

const rank = { orgMember: 0, orgManager: 1, toolUser: 1, officer: 2 } as const;

type TCase = { who: keyof typeof clients; expected: number };

/** Who must be refused on a route, and with which status. */
function casesFor(route: TRouteEntry): TCase[] {
  const access = route.access as keyof typeof rank;
  const cases: TCase[] = [
    { who: 'anonymous', expected: 401 },
    { who: 'pending', expected: 403 },
  ];
  if (routeParams(route.url).length > 0) cases.push({ who: 'otherTenant', expected: 404 });
  if (access === 'orgManager' || access === 'toolUser' || access === 'officer') {
    cases.push({ who: 'noAccess', expected: 403 });
  }
  if (access === 'orgManager' || access === 'officer') cases.push({ who: 'collaborator', expected: 403 });
  expect(rank[access]).toBeDefined();
  return cases;
}

/**
 * API keys: a revoked key is unknown; a key of agency A lacking the route's scope (or any key, on a route
 * closed to keys) is refused; agency B's key with every scope gets a 404 on agency A's ids.
 */
function keyCasesFor(route: TRouteEntry): TCase[] {
  const scope = scopeForRoute(route.method, route.url);
  const cases: TCase[] = [
    { who: 'revokedKey', expected: 401 },
    { who: scope ? `keyWithout:${scope}` : 'keyWithAllScopes', expected: 403 },
  ];
  if (routeParams(route.url).length > 0) cases.push({ who: 'otherTenantKey', expected: scope ? 404 : 403 });
  return cases;
}

/** Tries every organisation-scoped route with the callers `casesFor` names; lists what was not refused. */
async function refusalsFailing(casesFor: (route: TRouteEntry) => TCase[]): Promise<string[]> {
  const scoped = t.app.routeTable.filter((r) => r.access && orgAccess.has(r.access as never));
  const failures: string[] = [];
  for (const route of scoped) {
    for (const { who, expected } of casesFor(route)) {
      const before = await databaseFingerprint(t.database.db);
      const res = await clients[who].request(
        route.method as 'GET',
        urlFor(route),
        route.method === 'GET' ? undefined : {},
      );
      const after = await databaseFingerprint(t.database.db);
      if (res.status !== expected)
        failures.push(`${who} ${route.method} ${route.url}: ${res.status} (want ${expected})`);
      if (before !== after) failures.push(`${who} ${route.method} ${route.url}: database changed`);
    }
  }
  return failures;
}

describe('tenant isolation over the whole route table', () => {
  it('finds organisation-scoped routes to check', () => {
    const scoped = t.app.routeTable.filter((r) => r.access && orgAccess.has(r.access as never));
    expect(scoped.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses every organisation-scoped route to outsiders, pending members and insufficient roles, writing nothing', async () => {
    expect(await refusalsFailing(casesFor)).toEqual([]);
    // Every route × every refused caller × two database fingerprints: it grows with the route table.
  }, 300_000);

  it('refuses every organisation-scoped route to API keys without its scope, revoked, or of another agency, writing nothing', async () => {
    expect(await refusalsFailing(keyCasesFor)).toEqual([]);
  }, 300_000);

  it('opens to API keys only organisation-scoped routes that exist', () => {
    const scoped = new Set(
      t.app.routeTable
        .filter((r) => r.access && orgAccess.has(r.access as never))
        .map((r) => `${r.method} ${r.url}`),
    );
    const stray = apiKeyRoutes().filter((r) => !scoped.has(`${r.method} ${r.url}`));
    expect(stray).toEqual([]);
  });

  it('refuses every route that is not organisation-scoped to API keys, even with every scope', async () => {
    const others = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && r.access !== 'public' && !orgAccess.has(r.access as never),
    );
    expect(others.length).toBeGreaterThan(0);
    for (const route of others) {
      const url = route.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const payload = route.method === 'GET' ? undefined : {};
      const res = await clients.keyWithAllScopes.request(route.method as 'GET', url, payload);
      expect(res.status, `${route.method} ${route.url}`).toBe(403);
    }
  });

  it('refuses platform administration to everyone else', async () => {
    const adminRoutes = t.app.routeTable.filter((r) => r.access === 'platformAdmin');
    expect(adminRoutes.length).toBeGreaterThan(0);
    for (const route of adminRoutes) {
      const url = route.url.replace(/:(\w+)/g, (_, n: string) =>
        n === 'enterpriseNumber'
          ? '0403170701'
          : n === 'code'
            ? 'biv_ipi_member'
            : '00000000-0000-4000-8000-000000000000',
      );
      const res = await clients.collaborator.request(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${route.method} ${route.url}`).toBe(403);
    }
  });
});
