import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import {
  acceptedContact,
  attachPdf,
  completedTransaction,
  recordsAgency,
} from '../../test/records-fixtures.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { runRetention } from './retention-job.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

// Read at each use: a run crossing midnight (UTC) must not date an act before the activity it follows.
const today = () => new Date().toISOString().slice(0, 10);

describe('audit viewer', () => {
  it('shows officers and managers every event, filtered and paginated, with links; not collaborators', async () => {
    const { agency, officer, collaborator, manager } = await recordsAgency(t);
    const c = collaborator.client;
    const buyer = await acceptedContact(
      c,
      { lastName: 'Kijkers', firstNames: 'Roos', idNumber: 'NR1200110' },
      'buyer',
    );
    const seller = await acceptedContact(
      c,
      { lastName: 'Lezers', firstNames: 'Tom', idNumber: 'NT1200220' },
      'seller',
    );
    const doc = await attachPdf(
      t,
      { userId: collaborator.user.id, organisationId: agency.organisation.id },
      buyer.id,
      'Roos',
    );
    const deal = await completedTransaction(c, 'VK-AUDIT-1', seller.id, buyer.id);
    await c.get(`/api/contacts/${buyer.id}`);
    await c.get(`/api/contacts/${buyer.id}/versions/1`);
    await c.get(`/api/documents/${doc.id}/download`);

    const all = await officer.client.get('/api/records/audit?pageSize=5');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(5);
    expect(all.body.total).toBeGreaterThan(10);
    expect((await manager.client.get('/api/records/audit')).status).toBe(200);
    expect((await c.get('/api/records/audit')).status).toBe(403);

    // Who read what: the contact views and the download, by the collaborator.
    const views = await officer.client.get(
      `/api/records/audit?action=contact.viewed&actorUserId=${collaborator.user.id}`,
    );
    expect(views.body.items.map((e: { payload: unknown }) => e.payload)).toEqual([{ versionNo: 1 }, {}]);
    expect(views.body.items[0]).toMatchObject({
      actorName: `${collaborator.user.firstName} ${collaborator.user.lastName}`,
      link: { kind: 'contact', id: buyer.id },
    });
    const download = await officer.client.get('/api/records/audit?subject=document');
    const downloaded = download.body.items.find(
      (e: { action: string }) => e.action === 'document.downloaded',
    );
    expect(downloaded.link).toEqual({ kind: 'contact', id: buyer.id });

    // A contact's full history (profiles and documents included) through the subject filter.
    const history = await officer.client.get(
      `/api/records/audit?subject=contact&subjectId=${buyer.id}&pageSize=200`,
    );
    const actions = new Set(history.body.items.map((e: { action: string }) => e.action));
    for (const a of ['contact.created', 'risk_profile.computed', 'document.uploaded', 'contact.viewed']) {
      expect(actions.has(a), a).toBe(true);
    }
    const declarations = await officer.client.get('/api/records/audit?subject=declaration');
    expect(declarations.body.items.every((e: { action: string }) => e.action === 'case.decided')).toBe(true);
    const page2 = await officer.client.get('/api/records/audit?pageSize=5&page=2');
    expect(page2.body.items[0].id).toBeLessThan(all.body.items[4].id);
    expect(
      (await officer.client.get('/api/records/audit?subject=contact&subjectId=not-an-id')).body.total,
    ).toBe(0);
    const none = await officer.client.get('/api/records/audit?from=2000-01-01&to=2000-12-31');
    expect(none.body).toMatchObject({ total: 0, items: [] });
    const facets = await officer.client.get('/api/records/audit/facets');
    expect(facets.body.actions).toContain('contact.viewed');
    expect(facets.body.users.map((u: { id: string }) => u.id)).toContain(collaborator.user.id);

    // Tool users see a contact's and a transaction's own history on their pages.
    const contactHistory = await c.get(`/api/records/contacts/${buyer.id}/history`);
    expect(contactHistory.body.items.length).toBeGreaterThan(3);
    const dealHistory = await c.get(`/api/records/transactions/${deal.id}/history`);
    expect(dealHistory.body.items.map((e: { action: string }) => e.action)).toContain('transaction.created');
    expect(
      dealHistory.body.items.every((e: { subjectType: string }) =>
        ['transaction', 'document'].includes(e.subjectType),
      ),
    ).toBe(true);
  });

  it('reports the chain intact, then names the first broken event', async () => {
    const { agency, officer, collaborator } = await recordsAgency(t);
    await acceptedContact(
      collaborator.client,
      { lastName: 'Ketting', firstNames: 'Eva', idNumber: 'NE1300110' },
      'buyer',
    );
    const ok = await officer.client.post('/api/records/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, brokenAt: null });
    expect(ok.body.events).toBeGreaterThan(3);
    const [victim] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, agency.organisation.id))
      .orderBy(auditEvents.id)
      .limit(1);
    await t.database.db.execute(sql`update audit_events set ip = '6.6.6.6' where id = ${victim!.id}`);
    const broken = await officer.client.post('/api/records/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, brokenAt: { id: victim!.id } });
    expect((await collaborator.client.post('/api/records/audit/verify')).status).toBe(403);
  });
});

describe('retention clock', () => {
  it('records the end, refuses it during an open transaction, extends only upwards, holds and releases', async () => {
    const { officer, collaborator } = await recordsAgency(t);
    const c = collaborator.client;
    const o = officer.client;
    const buyer = await acceptedContact(
      c,
      { lastName: 'Klokmans', firstNames: 'Iris', idNumber: 'NI1400110' },
      'buyer',
    );
    const seller = await acceptedContact(
      c,
      { lastName: 'Wijzers', firstNames: 'Ward', idNumber: 'NW1400220' },
      'seller',
    );
    const open = (
      await c.post('/api/transactions', {
        reference: 'VK-OPEN-1',
        type: 'sale',
        propertyAddress: { street: 'Kouter 2', postalCode: '9000', city: 'Gent', country: 'BE' },
        priceCents: 30_000_000,
        parties: [
          { contactId: seller.id, role: 'client' },
          { contactId: buyer.id, role: 'counterparty' },
        ],
      })
    ).body;
    expect(open.status).toBe('draft');
    const refused = await o.post(`/api/records/contacts/${buyer.id}/retention/end`, { endedOn: today() });
    expect(refused.body.code).toBe('relationship_has_open_transaction');
    expect(
      (await c.post(`/api/records/contacts/${seller.id}/retention/end`, { endedOn: today() })).status,
    ).toBe(403);

    const company = await acceptedContact(
      c,
      { lastName: 'Eindes', firstNames: 'Noor', idNumber: 'NN1400330' },
      'buyer',
    );
    const future = await o.post(`/api/records/contacts/${company.id}/retention/end`, {
      endedOn: '2999-01-01',
    });
    expect(future.body.details[0]).toMatchObject({ field: 'endedOn', code: 'in_future' });
    const early = await o.post(`/api/records/contacts/${company.id}/retention/end`, {
      endedOn: '2001-01-01',
    });
    expect(early.body.details[0]).toMatchObject({ field: 'endedOn', code: 'before_last_activity' });
    const endedOn = today();
    const ended = await o.post(`/api/records/contacts/${company.id}/retention/end`, {
      endedOn,
      reason: 'moved abroad',
    });
    const due = `${Number(endedOn.slice(0, 4)) + 10}${endedOn.slice(4)}`;
    expect(ended.body).toMatchObject({ state: 'ended', endedOn, endSource: 'user', purgeDueOn: due });
    const shorter = await o.post(`/api/records/contacts/${company.id}/retention/extend`, {
      until: endedOn,
      reason: 'x',
    });
    expect(shorter.body.details[0]).toMatchObject({ field: 'until', code: 'must_be_later' });
    const later = `${Number(endedOn.slice(0, 4)) + 12}-06-30`;
    const extended = await o.post(`/api/records/contacts/${company.id}/retention/extend`, {
      until: later,
      reason: 'pending litigation',
    });
    expect(extended.body).toMatchObject({ purgeDueOn: later, extensionReason: 'pending litigation' });
    const held = await o.post(`/api/records/contacts/${company.id}/legal-holds`, {
      reason: 'CTIF request',
      reference: 'R-1',
    });
    expect(held.body.state).toBe('held');
    const holdId = held.body.holds[0].id;
    expect(
      (await o.get('/api/records/retention?filter=held')).body.items.map(
        (i: { contactId: string }) => i.contactId,
      ),
    ).toEqual([company.id]);
    const released = await o.post(`/api/records/legal-holds/${holdId}/release`, { reason: 'case closed' });
    expect(released.body).toMatchObject({
      state: 'ended',
      holds: [{ id: holdId, releaseReason: 'case closed' }],
    });
    expect((await o.post(`/api/records/legal-holds/${holdId}/release`, { reason: 'again' })).status).toBe(
      409,
    );
    const upcoming = await o.get('/api/records/retention?filter=upcoming&withinDays=36500');
    expect(upcoming.body.items.map((i: { contactId: string }) => i.contactId)).toContain(company.id);
    expect(upcoming.body.retentionYears).toBe(10);
    const reopened = await o.post(`/api/records/contacts/${company.id}/retention/keep-open`, {
      reason: 'new mandate',
    });
    expect(reopened.body).toMatchObject({ state: 'open', endedOn: null, purgeDueOn: null });
  });

  it('proposes the end after inactivity to the officers, who confirm or keep it open', async () => {
    const { agency, officer, collaborator } = await recordsAgency(t);
    const idle = await acceptedContact(
      collaborator.client,
      { lastName: 'Stilte', firstNames: 'Mia', idNumber: 'NM1500110' },
      'buyer',
    );
    const other = await acceptedContact(
      collaborator.client,
      { lastName: 'Rustig', firstNames: 'Lou', idNumber: 'NL1500220' },
      'buyer',
    );
    // Age everything of the organisation's two contacts by three years.
    for (const table of ['contacts', 'risk_profiles', 'screenings', 'documents']) {
      const column =
        table === 'screenings' ? 'screened_at' : table === 'documents' ? 'created_at' : 'updated_at';
      const owner = table === 'documents' ? 'subject_id' : table === 'contacts' ? 'id' : 'contact_id';
      await t.database.db.execute(
        sql.raw(
          `update ${table} set ${column} = ${column} - interval '3 years' where ${owner} in ('${idle.id}', '${other.id}')`,
        ),
      );
    }
    const day = today();
    const report = await runRetention(t.app.ctx, { today: day });
    expect(report.proposed).toBeGreaterThanOrEqual(2);
    const proposals = await officer.client.get('/api/records/retention?filter=proposals');
    expect(proposals.body.items.map((i: { contactId: string }) => i.contactId).sort()).toEqual(
      [idle.id, other.id].sort(),
    );
    const notified = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, officer.user.id));
    expect(notified.filter((n) => n.kind === 'retention_end_proposed')).toHaveLength(2);
    const [row] = await t.database.db.select().from(contacts).where(eq(contacts.id, idle.id));
    const lastDay = row!.updatedAt.toISOString().slice(0, 10);
    const confirmed = await officer.client.post(`/api/records/contacts/${idle.id}/retention/end`, {
      endedOn: lastDay,
    });
    expect(confirmed.body).toMatchObject({ state: 'ended', endSource: 'inactivity' });
    const kept = await officer.client.post(`/api/records/contacts/${other.id}/retention/keep-open`, {
      reason: 'still a client',
    });
    expect(kept.body.state).toBe('open');
    // A second pass the same day proposes nothing again.
    expect((await runRetention(t.app.ctx, { today: day })).proposed).toBe(0);
    expect(agency.organisation.id).toBeTruthy();
  });
});
