import { checkContactData } from '@vigilo/domain/contacts/index.ts';
import { ZContactData } from '@vigilo/domain/contracts/contacts.ts';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { verifyAuditChains } from '../audit/audit.service.ts';
import { contactVersions } from '../contacts/contacts.schema.ts';
import { seedDatabase, type TSeedOptions } from './seed.service.ts';
import { benchAccounts } from './seed-agency.ts';

const options: TSeedOptions = {
  agencies: 4,
  largestContacts: 300,
  otherContacts: 40,
  transactions: 80,
  seed: 7,
  today: '2026-11-20',
  password: 'seed-test-password',
  lists: [],
};

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDatabase(t.database.db, options);
});
afterAll(async () => t?.close());

describe('vigilo seed', () => {
  it('writes what the product writes: valid contact data, a verifiable audit trail, consistent ledgers', async () => {
    const db = t.database.db;
    const versions = await db.select({ data: contactVersions.data }).from(contactVersions);
    expect(versions.length).toBeGreaterThan(300);
    for (const { data } of versions) {
      const parsed = ZContactData.parse(data);
      expect(checkContactData(parsed).ok).toBe(true);
    }
    expect(await verifyAuditChains(db)).toMatchObject({ ok: true, chains: 5 });
    const ledgers = await db.execute(sql`
      select organisation_id, sum(amount_incl_vat_cents)::bigint as total, min(balance_after_cents)::bigint as lowest,
        (array_agg(balance_after_cents order by voucher_no desc))[1] as last, count(*)::int as n, max(voucher_no) as top
      from wallet_movements group by organisation_id`);
    expect(ledgers.rows.length).toBeGreaterThan(0);
    for (const row of ledgers.rows as Record<string, string | number>[]) {
      expect(Number(row.total)).toBe(Number(row.last));
      expect(Number(row.lowest)).toBeGreaterThanOrEqual(0);
      expect(Number(row.top)).toBe(Number(row.n));
    }
    const [counts] = (
      await db.execute(sql`select (select count(*)::int from transactions) as deals,
        (select count(*)::int from risk_profiles where status = 'awaiting-officer') as awaiting`)
    ).rows as { deals: number; awaiting: number }[];
    expect(counts!.deals).toBe(80);
    expect(counts!.awaiting).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed and day give the same rows', async () => {
    const other = await createTestApp();
    try {
      await seedDatabase(other.database.db, options);
      const fingerprint = (d: TTestApp) =>
        d.database.db.execute(
          sql`select md5(string_agg(id::text || display_name || status, ',' order by id)) as f from contacts`,
        );
      expect((await fingerprint(other)).rows).toEqual((await fingerprint(t)).rows);
    } finally {
      await other.close();
    }
  });

  it('creates the benchmark accounts, which sign in and see the largest agency', async () => {
    const client = new TestClient(t.app);
    const login = await client.post('/api/auth/login', {
      login: benchAccounts.officer.username,
      password: options.password,
    });
    expect(login.status).toBe(200);
    const organisations = await client.get('/api/organisations');
    const id = organisations.body.memberships[0].organisation.id;
    const switched = await client.request('PUT', '/api/session/active-organisation', { organisationId: id });
    expect(switched.status).toBe(200);
    const list = await client.get('/api/contacts?pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(300);
  });
});
