import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../src/audit/audit.service.ts';
import { CONTACT_COUNT_CAP } from '../../src/contacts/contacts.repository.ts';
import { openDatabase, type TDatabase } from '../../src/db/client.ts';
import { seedDatabase } from '../../src/seed/seed.service.ts';
import { benchAccounts } from '../../src/seed/seed-agency.ts';
import {
  createClusterDatabase,
  nginxBinary,
  RetryingClient,
  startInstance,
  startNginx,
  stopProcess,
  type TInstance,
} from '../cluster.ts';

/**
 * Two `vigilo serve` processes on one PostgreSQL database behind nginx (round robin): sessions work on
 * either, a scheduled job runs once across them, and killing one mid-load loses no acknowledged write.
 */
const password = 'cluster-password-2026';
let database: { url: string; drop: () => Promise<void> };
let db: TDatabase;
let instances: TInstance[] = [];
let proxy: Awaited<ReturnType<typeof startNginx>>;

beforeAll(async () => {
  nginxBinary();
  database = await createClusterDatabase();
  db = await openDatabase({ databaseUrl: database.url });
  await seedDatabase(db.db, {
    agencies: 2,
    largestContacts: 40,
    otherContacts: 10,
    transactions: 4,
    seed: 11,
    today: new Date().toISOString().slice(0, 10),
    password,
    lists: [],
  });
  const placeholder = 'http://127.0.0.1';
  instances = await Promise.all([
    startInstance(database.url, placeholder),
    startInstance(database.url, placeholder),
  ]);
  proxy = await startNginx(instances.map((i) => i.port));
});

afterAll(async () => {
  await stopProcess(proxy?.child, 'SIGQUIT');
  for (const instance of instances) await stopProcess(instance.child);
  await db?.close();
  await database?.drop();
});

describe('several instances behind nginx on one PostgreSQL', () => {
  it('a session created through the proxy works on each instance directly', async () => {
    const client = new RetryingClient(proxy.url);
    await client.signIn(benchAccounts.officer.username, password);
    for (const instance of instances) {
      const session = await client.request('GET', '/api/auth/session', undefined, instance.url);
      expect(session.status).toBe(200);
      expect(session.body.user.username).toBe(benchAccounts.officer.username);
      const contacts = await client.request('GET', '/api/contacts?pageSize=5', undefined, instance.url);
      expect(contacts.body.total).toBe(40);
    }
  });

  it('a list version uploaded on both instances at once is stored once and re-screens every contact once', async () => {
    const admins = await Promise.all(
      instances.map(async (instance) => {
        const admin = new RetryingClient(instance.url);
        await admin.signIn(benchAccounts.admin.username, password);
        return admin;
      }),
    );
    const original = readFileSync(new URL('../fixtures/lists/be-national-list.csv', import.meta.url), 'utf8');
    const upload = (admin: RetryingClient, content: string) => {
      const form = new FormData();
      form.append('file', new Blob([content], { type: 'text/csv' }), 'be-national-list.csv');
      return fetch(`${admin.baseUrl}/api/admin/lists`, {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
        body: form,
      }).then(async (r) => ({ status: r.status, body: await r.json() }));
    };
    const count = async (query: ReturnType<typeof sql>) => Number((await db.db.execute(query)).rows[0]!.n);
    expect((await upload(admins[0]!, original)).status).toBe(201);
    // A list's first version re-screens the contacts that already exist too: let that run finish first.
    await expect
      .poll(() => count(sql`select count(*) as n from rescreen_runs where finished_at is not null`), {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(1);
    const before = (await db.db.execute(sql`select now()::text as at`)).rows[0]!.at as string;
    // The next publication of the list arrives on both instances at the same moment.
    const next = original.replace('Designated under the national list (terrorism).', 'Designation renewed.');
    const answers = await Promise.all(admins.map((admin) => upload(admin, next)));
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers.map((a) => a.body.unchanged).sort()).toEqual([false, true]);
    expect(new Set(answers.map((a) => a.body.version.id)).size).toBe(1);

    await expect
      .poll(() => count(sql`select count(*) as n from rescreen_runs where finished_at is not null`), {
        timeout: 60_000,
        interval: 250,
      })
      .toBe(2);
    const jobs = await db.db.execute(
      sql`select status, attempts from jobs where kind = 'screening.rescreen'`,
    );
    // One re-screening per version: the first one's, and one only for the version uploaded twice.
    expect(jobs.rows).toEqual([
      { status: 'done', attempts: 1 },
      { status: 'done', attempts: 1 },
    ]);
    const active = await count(sql`select count(*) as n from contacts where status <> 'refused'`);
    const sinceBefore = sql`trigger = 'list_update' and screened_at > ${before}`;
    expect(await count(sql`select count(*) as n from screenings where ${sinceBefore}`)).toBe(active);
    expect(
      await count(sql`select count(distinct contact_id) as n from screenings where ${sinceBefore}`),
    ).toBe(active);
  });

  it('killing an instance mid-load loses no acknowledged write; the ledger and the audit chains verify', async () => {
    const acknowledgedContacts: string[] = [];
    const acknowledgedTopUps: { paymentId: string; amountCents: number }[] = [];
    const clients = await Promise.all(
      // Top-ups are for managers and officers (wallet.policy.ts): the officer's two sessions pay.
      [benchAccounts.collaborator, benchAccounts.officer, benchAccounts.officer, benchAccounts.officer].map(
        async (account) => {
          const client = new RetryingClient(proxy.url);
          await client.signIn(account.username, password);
          return client;
        },
      ),
    );
    let running = true;
    let n = 0;
    const createContacts = async (client: RetryingClient) => {
      while (running) {
        n += 1;
        const res = await client.request('POST', '/api/contacts', {
          kind: 'person',
          lastName: `Cluster${n}`,
          firstNames: 'Test',
          birthDate: '1980-05-05',
          birthPlace: 'Gent',
          nationalities: ['BE'],
          address: { street: 'Veldstraat 1', postalCode: '9000', city: 'Gent', country: 'BE' },
          idDocument: {
            type: 'belgian_eid',
            number: `CL${n}${Date.now()}`,
            expiryDate: '2031-01-01',
            issuingCountry: 'BE',
          },
          identificationMode: 'face_to_face',
        });
        if (res.status === 201) acknowledgedContacts.push(res.body.id);
        else
          expect.fail(
            `create contact answered ${res.status}: ${JSON.stringify(res.body)}\n${instances.map((i) => i.log()).join('\n')}`,
          );
      }
    };
    const topUps = async (client: RetryingClient, worker: number) => {
      let k = 0;
      while (running) {
        k += 1;
        const amountCents = 5_000 + k;
        // The same idempotency key on every retry: a retried click credits once.
        const started = await client.request('POST', '/api/wallet/top-ups', {
          amountCents,
          idempotencyKey: `cluster-${worker}-${k}`,
        });
        expect(
          started.status,
          `${JSON.stringify(started.body)}\n${instances.map((i) => i.log()).join('\n')}`,
        ).toBe(201);
        const externalId = String(started.body.checkoutUrl).split('/').at(-1);
        const paid = await client.request('POST', `/api/payments/test/${externalId}`, { decision: 'paid' });
        expect(paid.status, `${JSON.stringify(paid.body)}\n${instances.map((i) => i.log()).join('\n')}`).toBe(
          200,
        );
        const status = await client.request('GET', `/api/wallet/top-ups/${started.body.paymentId}`);
        if (status.body.status === 'paid')
          acknowledgedTopUps.push({ paymentId: started.body.paymentId, amountCents });
      }
    };
    const stopOnFailure = (work: Promise<void>) =>
      work.catch((error) => {
        running = false;
        throw error;
      });
    const load = Promise.all(
      [
        createContacts(clients[0]!),
        createContacts(clients[1]!),
        topUps(clients[2]!, 2),
        topUps(clients[3]!, 3),
      ].map(stopOnFailure),
    );
    load.catch(() => {}); // awaited below; failures stop every worker first

    await new Promise((r) => setTimeout(r, 2_500));
    const before = acknowledgedContacts.length + acknowledgedTopUps.length;
    await stopProcess(instances[1]!.child, 'SIGKILL');
    await new Promise((r) => setTimeout(r, 3_000));
    running = false;
    await load;
    expect(before).toBeGreaterThan(0);
    expect(acknowledgedContacts.length + acknowledgedTopUps.length).toBeGreaterThan(before);

    const found = await db.db.execute(
      sql`select id from contacts where id = any(${`{${acknowledgedContacts.join(',')}}`}::uuid[])`,
    );
    expect(found.rows.length).toBe(acknowledgedContacts.length);
    const credited = await db.db.execute(sql`
      select p.id, m.amount_incl_vat_cents as amount from payment_intents p
      join wallet_movements m on m.id = p.movement_id
      where p.id = any(${`{${acknowledgedTopUps.map((t) => t.paymentId).join(',')}}`}::uuid[])`);
    expect(credited.rows.length).toBe(acknowledgedTopUps.length);
    for (const topUp of acknowledgedTopUps) {
      expect(Number(credited.rows.find((r) => r.id === topUp.paymentId)!.amount)).toBe(topUp.amountCents);
    }
    // One credit per payment, whatever the retries.
    const doubles = await db.db.execute(sql`
      select subject_id from wallet_movements where kind = 'topup' group by subject_id having count(*) > 1`);
    expect(doubles.rows).toEqual([]);
    const ledgers = await db.db.execute(sql`
      select organisation_id, sum(amount_incl_vat_cents)::bigint as total, min(balance_after_cents)::bigint as lowest,
        (array_agg(balance_after_cents order by voucher_no desc))[1] as last, count(*)::int as n, max(voucher_no) as top
      from wallet_movements group by organisation_id`);
    for (const row of ledgers.rows as Record<string, string | number>[]) {
      expect(Number(row.total)).toBe(Number(row.last));
      expect(Number(row.lowest)).toBeGreaterThanOrEqual(0);
      expect(Number(row.top)).toBe(Number(row.n));
    }
    expect(await verifyAuditChains(db.db)).toMatchObject({ ok: true });
    // The survivor still serves, through the proxy.
    // Its count is the agency's, capped as the list caps it: a fast machine creates more than the cap.
    const after = await clients[0]!.request('GET', '/api/contacts?pageSize=1');
    expect(after.status).toBe(200);
    const stored = await db.db.execute(sql`
      select count(*)::int as n from contacts
      where organisation_id = (select organisation_id from contacts where id = ${acknowledgedContacts[0]}::uuid)`);
    const inAgency = Number((stored.rows[0] as { n: number }).n);
    expect(inAgency).toBeGreaterThanOrEqual(40 + acknowledgedContacts.length);
    expect(after.body.total).toBe(Math.min(inAgency, CONTACT_COUNT_CAP));
    expect(after.body.totalCapped ?? false).toBe(inAgency > CONTACT_COUNT_CAP);
  });
});
