import { ZErrorResponse } from '@vigilo/domain/contracts/common.ts';
import { errorCodes } from '@vigilo/domain/errors/error-codes.ts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { malformedRequests, type TFuzzRequest, type TOperation } from '../../test/malformed-requests.ts';
import { walletTenantFixtures } from '../../test/wallet-fixtures.ts';
import { users } from '../accounts/accounts.schema.ts';
import type { TRouteEntry } from '../app.ts';
import type { TDb } from '../db/client.ts';

/**
 * The fuzz walk: every operation of the live route table, called by a signed-in officer, manager and
 * platform administrator of agency A, gets a fixed set of malformed bodies, query strings, path parameters
 * and headers built from its OpenAPI description. Each must get a 4xx with the documented error body, and
 * no table may change. Routes added later are covered without touching this file.
 */
let t: TTestApp;
let client: TestClient;
const examples: Record<string, string> = {};
const unknownId = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  const a = await createAgency(t, { name: 'Agence A' });
  const officer = await a.addMember({ isManager: true, toolRole: 'officer' });
  await t.database.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, officer.user.id));
  client = officer.client;
  const contact = await client.post('/api/contacts', personInput());
  examples.contactId = contact.body.id;
  const profile = await client.post(`/api/contacts/${contact.body.id}/risk-profiles`, { role: 'buyer' });
  examples.profileId = profile.body.id;
  examples.memberId = officer.membership.id;
  examples.versionNo = '1';
  examples.enterpriseNumber = '0403170701';
  examples.code = 'biv_ipi_member';
  Object.assign(examples, await walletTenantFixtures(t.database.db, a.organisation.id));
}, 60_000);
afterAll(() => t?.close());

/** One statement that hashes every table (sessions aside: each request touches its own). */
async function fingerprintQuery(db: TDb) {
  const tables = await db.execute(
    sql`select tablename from pg_tables where schemaname = 'public' and tablename <> 'sessions' order by 1`,
  );
  const parts = (tables.rows as { tablename: string }[]).map(
    ({ tablename }) =>
      `select '${tablename}' as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h from "${tablename}" x`,
  );
  const query = sql.raw(parts.join(' union all '));
  return async () => {
    const result = await db.execute(query);
    return (result.rows as { t: string; h: string }[]).map((r) => `${r.t}:${r.h}`).join(',');
  };
}

function operationOf(route: TRouteEntry): TOperation | undefined {
  const doc = t.app.swagger() as { paths?: Record<string, Record<string, TOperation>> };
  const path = route.url.replace(/:(\w+)/g, '{$1}');
  return doc.paths?.[path]?.[route.method.toLowerCase()];
}

function urlFor(route: TRouteEntry): string {
  return route.url.replace(/:(\w+)/g, (_, name: string) => examples[name] ?? unknownId);
}

async function send(request: TFuzzRequest) {
  return t.app.inject({
    method: request.method as 'GET',
    url: request.url,
    headers: {
      'accept-language': 'fr',
      cookie: client.cookieHeader(),
      'x-csrf-token': client.csrfToken ?? '',
      ...request.headers,
    },
    ...(request.payload === undefined ? {} : { payload: request.payload }),
  });
}

/** Why an answer is wrong, or null when it is a documented, translated refusal. */
function problemWith(res: Awaited<ReturnType<typeof send>>): string | null {
  if (res.statusCode < 400 || res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.headers['cache-control'] !== 'no-store') return `cache-control ${res.headers['cache-control']}`;
  if (res.headers['strict-transport-security']) return 'HSTS sent over plain HTTP';
  let body: unknown;
  try {
    body = res.json();
  } catch {
    return `status ${res.statusCode}, body is not JSON`;
  }
  // Strict: Fastify's own error body (`statusCode`, `error`, an English message) is not the documented one.
  const parsed = ZErrorResponse.strict().safeParse(body);
  if (!parsed.success) return `status ${res.statusCode}, undocumented body ${res.body.slice(0, 120)}`;
  if (!(errorCodes as readonly string[]).includes(parsed.data.code))
    return `unknown code ${parsed.data.code}`;
  if (/^(errors|validation):|\{\{/.test(parsed.data.message)) return `untranslated: ${parsed.data.message}`;
  return null;
}

describe('malformed input on every operation', () => {
  it('answers every malformed request with a translated 4xx and writes nothing', async () => {
    const started = performance.now();
    const fingerprint = await fingerprintQuery(t.database.db);
    const routes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    );
    expect(routes.length).toBeGreaterThan(50);
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let sent = 0;
    for (const route of routes) {
      const before = await fingerprint();
      const failuresBefore = failures.length;
      for (const request of malformedRequests(route, urlFor(route), operationOf(route))) {
        const res = await send(request);
        sent += 1;
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        const problem = problemWith(res);
        if (problem) failures.push(`${route.method} ${route.url} [${request.label}]: ${problem}`);
      }
      if ((await fingerprint()) !== before) failures.push(`${route.method} ${route.url}: a table changed`);
      // A request that succeeded may have signed the caller out: the rest of the walk would be 401s.
      if (
        failures.length > failuresBefore &&
        (await client.get('/api/auth/session')).body?.user?.id === undefined
      )
        throw new Error(`${route.method} ${route.url} ended the session: ${failures.join('; ')}`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(
      `malformed-input fuzz: ${sent} requests on ${routes.length} operations in ${seconds} s`,
      statuses,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
    // About 25 s on an idle machine (PGlite); the bound leaves room for a shared, loaded one.
  }, 300_000);
});
