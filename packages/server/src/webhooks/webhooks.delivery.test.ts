import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { runReviewReminders } from '../risk/periodic-review.service.ts';
import { failuresBeforeDisabling } from './webhook-delivery.ts';
import { signatureHeader, verifyWebhook } from './webhook-signature.ts';

/** A real HTTP receiver on loopback: records each request and answers with the next planned status. */
type TReceived = { headers: Record<string, string | string[] | undefined>; body: string };
let receiver: Server;
let receiverUrl: string;
const received: TReceived[] = [];
let plannedStatuses: number[] = [];

let t: TTestApp;
let manager: TestClient;
let agency: Awaited<ReturnType<typeof createAgency>>;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = plannedStatuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/vigilo`;
  t = await createTestApp();
  agency = await createAgency(t);
  manager = (await agency.addMember({ isManager: true, toolRole: 'collaborator' })).client;
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
  received.length = 0;
  plannedStatuses = [];
});

async function register(events: string[] = ['risk_profile.computed']) {
  const res = await manager.post('/api/org/webhooks', { url: receiverUrl, events });
  expect(res.status).toBe(201);
  return { id: res.body.webhook.id as string, secret: res.body.secret as string };
}

/** Runs due jobs, then makes the retries scheduled with back-off due at once and runs them too. */
async function deliverNow(rounds = 1) {
  for (let i = 0; i < rounds; i += 1) {
    await t.database.db.execute(sql`update jobs set run_at = now() where status = 'pending'`);
    await t.app.jobs.drain();
  }
}

const now = () => Math.floor(Date.now() / 1000);

describe('signed webhooks', () => {
  it('refuses plain HTTP to another machine', async () => {
    const res = await manager.post('/api/org/webhooks', {
      url: 'http://hooks.example.be/vigilo',
      events: ['screening.new_hits'],
    });
    expect(res.status).toBe(400);
    const garbage = await manager.post('/api/org/webhooks', {
      url: 'not a url',
      events: ['risk_profile.computed'],
    });
    expect(garbage.status).toBe(400);
    expect(garbage.body.code).toBe('validation_failed');
  });

  it('delivers a test event signed over the timestamp and the body', async () => {
    const { id, secret } = await register();
    expect((await manager.post(`/api/org/webhooks/${id}/test`)).status).toBe(202);
    await deliverNow();
    expect(received).toHaveLength(1);
    const { headers, body } = received[0]!;
    const signature = String(headers[signatureHeader]);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhook(secret, body, signature, now())).toBe(true);
    expect(verifyWebhook('whsec_wrong', body, signature, now())).toBe(false);
    expect(verifyWebhook(secret, body.replace('Test', 'Tost'), signature, now())).toBe(false);
    // Replay protection: the same request presented ten minutes later is refused.
    expect(verifyWebhook(secret, body, signature, now() + 600)).toBe(false);
    expect(JSON.parse(body)).toMatchObject({ type: 'webhook.test', id: headers['vigilo-delivery'] });
    const log = await manager.get(`/api/org/webhooks/${id}/deliveries`);
    expect(log.body.deliveries[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200 });
  });

  it('sends a computed risk profile to subscribed endpoints, with ids and the level only', async () => {
    const { secret } = await register(['risk_profile.computed']);
    const other = await register(['screening.new_hits']);
    const contact = (await manager.post('/api/contacts', personInput())).body;
    const profile = (await manager.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })).body;
    await answerAll(manager, `/api/risk-profiles/${profile.id}`);
    expect((await manager.post(`/api/risk-profiles/${profile.id}/compute`)).status).toBe(200);
    await deliverNow();
    // Endpoints registered by earlier tests are subscribed too: find ours by its signature.
    const ours = received.filter((r) =>
      verifyWebhook(secret, r.body, String(r.headers[signatureHeader]), now()),
    );
    expect(ours).toHaveLength(1);
    const event = JSON.parse(ours[0]!.body);
    expect(event).toMatchObject({
      type: 'risk_profile.computed',
      data: { riskProfileId: profile.id, contactId: contact.id, vigilanceLevel: 'normal' },
    });
    expect(Object.keys(event.data).sort()).toEqual(['contactId', 'riskProfileId', 'role', 'vigilanceLevel']);
    expect(JSON.stringify(event)).not.toMatch(/declar|ctif|goaml|report/i);
    expect((await manager.get(`/api/org/webhooks/${other.id}/deliveries`)).body.deliveries).toEqual([]);
  });

  it('announces an accepted case with its outcome only, and stays silent when a suspicion is closed', async () => {
    const { secret } = await register(['case.decided']);
    const officer = (await agency.addMember({ toolRole: 'officer' })).client;
    const contact = (await manager.post('/api/contacts', personInput())).body;
    const profile = (await manager.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(manager, url);
    await manager.post(`${url}/compute`);
    expect((await manager.post(`${url}/decision`, { action: 'accept' })).body.status).toBe('accepted');
    await deliverNow();
    const ours = () =>
      received
        .filter((r) => verifyWebhook(secret, r.body, String(r.headers[signatureHeader]), now()))
        .map((r) => JSON.parse(r.body));
    expect(ours()).toHaveLength(1);
    expect(ours()[0]).toMatchObject({
      type: 'case.decided',
      data: { subjectType: 'risk_profile', subjectId: profile.id, outcome: 'accepted' },
    });
    expect(Object.keys(ours()[0].data).sort()).toEqual(['outcome', 'subjectId', 'subjectType']);
    // A suspicion declared on the accepted client and closed by the officer lands on "accepted" again:
    // the integration hears nothing of it (tipping-off ban).
    await manager.post(`${url}/decision`, { action: 'declare-suspicion', motivation: 'Odd payment.' });
    const closing = await officer.post(`${url}/decision`, {
      action: 'close-suspicion',
      motivation: 'Explained.',
    });
    expect(closing.body.status).toBe('accepted');
    await deliverNow();
    expect(ours()).toHaveLength(1);
  });

  it('announces a contact whose review is overdue, with its date only', async () => {
    const { secret } = await register(['contact.review_due']);
    const contact = (await manager.post('/api/contacts', personInput())).body;
    await t.database.db
      .update(contacts)
      .set({ reviewDueAt: '2026-01-05' })
      .where(eq(contacts.id, contact.id));
    await runReviewReminders(t.database.db, 'http://vigilo.test', new Date('2026-03-02T10:00:00Z'));
    await deliverNow();
    const ours = received
      .filter((r) => verifyWebhook(secret, r.body, String(r.headers[signatureHeader]), now()))
      .map((r) => JSON.parse(r.body));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatchObject({
      type: 'contact.review_due',
      data: { contactId: contact.id, dueOn: '2026-01-05', overdue: true },
    });
  });

  it('retries a failed delivery through the job queue until the receiver accepts it', async () => {
    const { id } = await register();
    plannedStatuses = [500, 502];
    await manager.post(`/api/org/webhooks/${id}/test`);
    await deliverNow();
    let log = (await manager.get(`/api/org/webhooks/${id}/deliveries`)).body.deliveries[0];
    expect(log).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    const [job] = (
      await t.database.db.execute(
        sql`select run_at > now() as later from jobs where kind = 'webhook.deliver' and status = 'pending'`,
      )
    ).rows as { later: boolean }[];
    expect(job?.later).toBe(true); // backed off, not hammered
    await deliverNow(2);
    log = (await manager.get(`/api/org/webhooks/${id}/deliveries`)).body.deliveries[0];
    expect(log).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 200 });
    expect(received.map((r) => r.headers['vigilo-delivery'])).toEqual(Array(3).fill(log.id));
  });

  it('disables an endpoint after repeated failures and tells the managers', async () => {
    const { id } = await register();
    plannedStatuses = Array(failuresBeforeDisabling + 5).fill(503);
    await manager.post(`/api/org/webhooks/${id}/test`);
    await manager.post(`/api/org/webhooks/${id}/test`);
    await deliverNow(failuresBeforeDisabling);
    const webhook = (await manager.get('/api/org/webhooks')).body.webhooks.find(
      (w: { id: string }) => w.id === id,
    );
    expect(webhook).toMatchObject({ status: 'disabled', consecutiveFailures: failuresBeforeDisabling });
    expect(received).toHaveLength(failuresBeforeDisabling);
    const notices = await t.database.db.select().from(notifications).where(eq(notifications.subjectId, id));
    expect(notices.map((n) => n.kind)).toContain('webhook_disabled');
    expect((await manager.post(`/api/org/webhooks/${id}/test`)).status).toBe(409);
    expect((await manager.post(`/api/org/webhooks/${id}/enable`)).body.status).toBe('active');
  });

  it('signs with the new secret once rotated', async () => {
    const { id, secret: old } = await register();
    const rotated = await manager.post(`/api/org/webhooks/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const secret = rotated.body.secret as string;
    expect(secret).not.toBe(old);
    await manager.post(`/api/org/webhooks/${id}/test`);
    await deliverNow();
    const { body, headers } = received[0]!;
    expect(verifyWebhook(secret, body, String(headers[signatureHeader]), now())).toBe(true);
    expect(verifyWebhook(old, body, String(headers[signatureHeader]), now())).toBe(false);
    expect(JSON.stringify((await manager.get('/api/org/webhooks')).body)).not.toContain(secret);
  });
  it('announces new hits: after a list update, and on a contact saved with hits, with ids and counts only', async () => {
    const { secret } = await register(['contact.screened_with_hits', 'screening.new_hits']);
    const officer = (await agency.addMember({ toolRole: 'officer' })).client;
    const marc = { lastName: 'Vandenberghe', firstNames: 'Marc', birthDate: '1968-04-12' };
    const before = (await manager.post('/api/contacts', personInput(marc))).body;
    // The agency loads its watch list, which names him: every contact is screened again.
    const watchlist = readFileSync(new URL('../../test/fixtures/lists/watchlist.csv', import.meta.url));
    const listed = await t.app.inject({
      method: 'POST',
      url: '/api/screening/watchlist',
      headers: {
        cookie: officer.cookieHeader(),
        'x-csrf-token': officer.csrfToken!,
        'content-type': 'multipart/form-data; boundary=XYZ',
      },
      remoteAddress: officer.ip,
      payload: Buffer.concat([
        Buffer.from('--XYZ\r\nContent-Disposition: form-data; name="file"; filename="w.csv"\r\n\r\n'),
        watchlist,
        Buffer.from('\r\n--XYZ--\r\n'),
      ]),
    });
    expect(listed.statusCode).toBe(201);
    await deliverNow(2);
    // A contact saved once the list is in force is screened at once, with the same hit.
    const after = (await manager.post('/api/contacts', personInput(marc))).body;
    await deliverNow();
    const ours = received
      .filter((r) => verifyWebhook(secret, r.body, String(r.headers[signatureHeader]), now()))
      .map((r) => JSON.parse(r.body));
    expect(ours.map((e) => [e.type, e.data.contactId])).toEqual([
      ['screening.new_hits', before.id],
      ['contact.screened_with_hits', after.id],
    ]);
    expect(Object.keys(ours[0].data).sort()).toEqual(['contactId', 'listVersionId']);
    expect(ours[1].data).toMatchObject({ hits: 1, newHits: 1 });
    expect(Object.keys(ours[1].data).sort()).toEqual(['contactId', 'hits', 'newHits', 'screeningId']);
    expect(JSON.stringify(ours)).not.toMatch(/Vandenberghe|W-1/);
  });
});
