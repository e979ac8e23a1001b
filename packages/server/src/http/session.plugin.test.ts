import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { sessions } from '../accounts/accounts.schema.ts';
import { allowedEnterpriseNumbers, memberships } from '../organisations/organisations.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// The session, the membership and the ownership of the route's ids are read in one statement per
// request: a change to any of them must still count from the very next request.
describe('session plugin: one statement per request, nothing cached', () => {
  it('applies a membership change, a revoked allow-listing and a pending status on the next request', async () => {
    const agency = await createAgency(t);
    const { membership, client } = await agency.addMember({ toolRole: 'collaborator' });
    expect((await client.get('/api/contacts')).status).toBe(200);

    await t.database.db
      .update(memberships)
      .set({ toolRole: 'none' })
      .where(eq(memberships.id, membership.id));
    const noTool = await client.get('/api/contacts');
    expect(noTool.status).toBe(403);
    expect(noTool.body.code).toBe('forbidden');

    await t.database.db
      .update(memberships)
      .set({ toolRole: 'collaborator' })
      .where(eq(memberships.id, membership.id));
    await t.database.db
      .delete(allowedEnterpriseNumbers)
      .where(eq(allowedEnterpriseNumbers.enterpriseNumber, agency.organisation.enterpriseNumber));
    expect((await client.get('/api/contacts')).body.code).toBe('organisation_not_allowed');

    await t.database.db.insert(allowedEnterpriseNumbers).values({
      enterpriseNumber: agency.organisation.enterpriseNumber,
    });
    expect((await client.get('/api/contacts')).status).toBe(200);
    await t.database.db
      .update(memberships)
      .set({ status: 'pending' })
      .where(eq(memberships.id, membership.id));
    expect((await client.get('/api/contacts')).body.code).toBe('no_active_organisation');

    await t.database.db.delete(memberships).where(eq(memberships.id, membership.id));
    expect((await client.get('/api/contacts')).body.code).toBe('no_active_organisation');
  });

  it('ends a deleted session (logout elsewhere, password change) on the next request', async () => {
    const agency = await createAgency(t);
    const { user, client } = await agency.addMember({ toolRole: 'collaborator' });
    expect((await client.get('/api/contacts')).status).toBe(200);
    await t.database.db.delete(sessions).where(eq(sessions.userId, user.id));
    const after = await client.get('/api/contacts');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('unauthenticated');
  });

  it('writes the last-seen time at most once a minute, and keeps the idle clock', async () => {
    const agency = await createAgency(t);
    const { user, client } = await agency.addMember({ toolRole: 'collaborator' });
    const lastSeen = async () =>
      (await t.database.db.select().from(sessions).where(eq(sessions.userId, user.id)))[0]!.lastSeenAt;
    const first = await lastSeen();
    await client.get('/api/contacts');
    await client.get('/api/contacts');
    expect((await lastSeen()).getTime()).toBe(first.getTime());

    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '2 minutes'` })
      .where(eq(sessions.userId, user.id));
    const stale = await lastSeen();
    expect((await client.get('/api/contacts')).status).toBe(200);
    expect((await lastSeen()).getTime()).toBeGreaterThan(stale.getTime() + 60_000);
  });
});
