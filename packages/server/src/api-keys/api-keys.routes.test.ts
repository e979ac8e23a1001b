import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyClient, createApiKeyClient } from '../../test/api-key-client.ts';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { memberships } from '../organisations/organisations.schema.ts';
import { apiKeys } from './api-keys.schema.ts';

let t: TTestApp;
let manager: TestClient;
let officer: TestClient;
let collaborator: TestClient;
let managerMembershipId: string;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await createAgency(t);
  const m = await agency.addMember({ isManager: true, toolRole: 'collaborator' });
  manager = m.client;
  managerMembershipId = m.membership.id;
  officer = (await agency.addMember({ toolRole: 'officer' })).client;
  collaborator = (await agency.addMember({ toolRole: 'collaborator' })).client;
});
afterAll(() => t.close());

describe('creating and listing keys', () => {
  it('shows the token once and stores only its hash', async () => {
    const res = await manager.post('/api/org/api-keys', { name: 'Whise', scopes: ['contacts:read'] });
    expect(res.status).toBe(201);
    const token = res.body.token as string;
    expect(token).toMatch(/^vgl_[\w-]{40,}$/);
    expect(token.startsWith(res.body.key.prefix)).toBe(true);
    const [row] = await t.database.db.select().from(apiKeys).where(eq(apiKeys.id, res.body.key.id));
    expect(JSON.stringify(row)).not.toContain(token.slice(10));
    const list = await manager.get('/api/org/api-keys');
    expect(JSON.stringify(list.body)).not.toContain(token.slice(10));
    expect(list.body.keys.map((k: { name: string }) => k.name)).toContain('Whise');
    expect(list.body.grantableScopes).not.toContain('officer:read');
  });

  it('refuses key management to a collaborator who is not a manager', async () => {
    expect((await collaborator.get('/api/org/api-keys')).status).toBe(403);
    expect(
      (await collaborator.post('/api/org/api-keys', { name: 'x', scopes: ['contacts:read'] })).status,
    ).toBe(403);
  });

  it('lets only the officer grant the officer-only scope', async () => {
    const byManager = await manager.post('/api/org/api-keys', { name: 'x', scopes: ['officer:read'] });
    expect(byManager.status).toBe(403);
    const byOfficer = await officer.post('/api/org/api-keys', {
      name: 'Officer export',
      scopes: ['officer:read'],
    });
    expect(byOfficer.status).toBe(201);
    expect((await officer.get('/api/org/api-keys')).body.grantableScopes).toContain('officer:read');
  });

  it('rejects an unknown scope with a 400', async () => {
    const res = await manager.post('/api/org/api-keys', { name: 'x', scopes: ['everything'] });
    expect(res.status).toBe(400);
  });
});

describe('calling the API with a key', () => {
  it('works without cookie or CSRF, is audited under the key, and records the last use', async () => {
    const { client, key } = await createApiKeyClient(t, manager, ['contacts:read', 'contacts:write'], {
      name: 'SweepBright',
    });
    const created = await client.post('/api/contacts', personInput());
    expect(created.status).toBe(201);
    expect((await client.get(`/api/contacts/${created.body.id}`)).status).toBe(200);
    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'contact.created'), eq(auditEvents.subjectId, created.body.id)));
    expect(event!.payload).toMatchObject({ viaApiKey: { id: key.id, name: 'SweepBright' } });
    const listed = (await manager.get('/api/org/api-keys')).body.keys.find(
      (k: { id: string }) => k.id === key.id,
    );
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('refuses what the scopes do not grant, and every route closed to keys', async () => {
    const { client } = await createApiKeyClient(t, manager, ['contacts:read']);
    const write = await client.post('/api/contacts', personInput());
    expect(write.status).toBe(403);
    expect(write.body.code).toBe('api_key_scope_missing');
    expect(write.body.message).toContain('contacts:write');
    expect((await client.get('/api/wallet')).body.code).toBe('api_key_scope_missing');
    expect((await client.get('/api/org/api-keys')).body.code).toBe('api_key_route_not_allowed');
    expect((await client.get('/api/auth/session')).status).toBe(200); // public: no key needed
    expect((await client.get('/api/accounts/me')).status).toBe(403);
  });

  it('keeps declarations from a key without the officer scope, and opens them with it', async () => {
    const { client: plain } = await createApiKeyClient(t, manager, ['cases:read']);
    expect((await plain.get('/api/declarations')).status).toBe(403);
    expect((await plain.get('/api/goaml/reports')).status).toBe(403);
    const { client: officerKey } = await createApiKeyClient(t, officer, ['officer:read', 'cases:read']);
    expect((await officerKey.get('/api/declarations')).status).toBe(200);
    expect((await officerKey.get('/api/goaml/reports')).status).toBe(200);
    // Officer-only writes stay with the officer in person, whatever the key.
    expect((await officerKey.post('/api/goaml/reports', {})).body.code).toBe('api_key_route_not_allowed');
  });

  it('stops working once revoked, and an unknown token is a 401', async () => {
    const { client, key } = await createApiKeyClient(t, manager, ['contacts:read']);
    expect((await client.get('/api/contacts')).status).toBe(200);
    expect((await manager.post(`/api/org/api-keys/${key.id}/revoke`)).status).toBe(204);
    expect((await manager.post(`/api/org/api-keys/${key.id}/revoke`)).status).toBe(409);
    expect((await client.get('/api/contacts')).status).toBe(401);
    const revoked = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'api_key.revoked'));
    expect(revoked.map((e) => e.subjectId)).toContain(key.id);
    expect((await new ApiKeyClient(t, 'vgl_not-a-key').get('/api/contacts')).status).toBe(401);
  });

  it('limits each key to its requests per minute', async () => {
    const { client } = await createApiKeyClient(t, manager, ['contacts:read'], { rateLimitPerMinute: 10 });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await client.get('/api/contacts')).status);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    // Another key of the same organisation has its own budget.
    const { client: other } = await createApiKeyClient(t, manager, ['contacts:read']);
    expect((await other.get('/api/contacts')).status).toBe(200);
  });

  it('stops when the member who created it loses access to the tool', async () => {
    const { client } = await createApiKeyClient(t, manager, ['contacts:read']);
    await t.database.db
      .update(memberships)
      .set({ toolRole: 'none' })
      .where(eq(memberships.id, managerMembershipId));
    const res = await client.get('/api/contacts');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('api_key_owner_inactive');
    await t.database.db
      .update(memberships)
      .set({ toolRole: 'collaborator' })
      .where(eq(memberships.id, managerMembershipId));
  });
});
