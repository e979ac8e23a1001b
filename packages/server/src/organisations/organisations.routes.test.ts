import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser, newEnterpriseNumber } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { allowedEnterpriseNumbers, userRecognitions } from './organisations.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t); // the first account: platform administrator
});
afterAll(() => t.close());

const agencyInput = (enterpriseNumber: string) => ({
  enterpriseNumber,
  name: 'Immo Zénith',
  legalForm: 'SRL',
  street: 'Rue Royale 1',
  postalCode: '1000',
  city: 'Bruxelles',
  country: 'BE',
  vatNumber: `BE${enterpriseNumber}`,
  bivNumber: '501234',
});

describe('creating and joining organisations', () => {
  it('creates an agency from a formatted number; the creator is its manager and it becomes active', async () => {
    const { client } = await createSignedInUser(t);
    const number = newEnterpriseNumber();
    const formatted = `${number.slice(0, 4)}.${number.slice(4, 7)}.${number.slice(7)}`;
    const res = await client.post('/api/organisations', { ...agencyInput(formatted), jobTitle: 'Gérant' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'active', isManager: true, toolRole: 'none' });
    expect(res.body.organisation).toMatchObject({
      enterpriseNumber: number,
      enterpriseNumberFormatted: formatted,
    });
    expect((await client.get('/api/auth/session')).body.activeOrganisationId).toBe(res.body.organisation.id);
    expect((await client.get('/api/org')).body.name).toBe('Immo Zénith');
  });

  it('accepts the old 9-digit form and refuses a wrong check digit with a clear message', async () => {
    const { client } = await createSignedInUser(t);
    const number = newEnterpriseNumber();
    expect((await client.post('/api/organisations', agencyInput(number.slice(1)))).status).toBe(201);
    const bad = `${number.slice(0, 8)}${String((Number(number.slice(8)) % 97) + 1).padStart(2, '0')}`;
    const res = await client.post('/api/organisations', agencyInput(bad));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid_enterprise_number' });
    expect(res.body.details[0].field).toBe('enterpriseNumber');
    expect(res.body.message).toMatch(/numéro d'entreprise belge n'est pas valide/);
  });

  it('refuses creating an existing number, and joining makes a pending member the managers hear about', async () => {
    const manager = await createSignedInUser(t);
    const number = newEnterpriseNumber();
    const created = await manager.client.post('/api/organisations', agencyInput(number));
    const orgId = created.body.organisation.id;
    const joiner = await createSignedInUser(t);
    expect((await joiner.client.post('/api/organisations', agencyInput(number))).body.code).toBe(
      'organisation_exists',
    );
    const joined = await joiner.client.post('/api/organisations/join', {
      enterpriseNumber: number,
      jobTitle: 'Agent',
    });
    expect(joined.status).toBe(201);
    expect(joined.body.status).toBe('pending');
    expect(
      (await joiner.client.post('/api/organisations/join', { enterpriseNumber: number })).body.code,
    ).toBe('already_member');
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, manager.user.email));
    expect(mails.at(-1)?.subject).toMatch(/Jan Peeters demande à rejoindre Immo Zénith/);

    // The orange badge: the manager sees one member waiting.
    const mine = await manager.client.get('/api/organisations');
    expect(mine.body.memberships[0].pendingMembers).toBe(1);
    // The pending member cannot make the agency active, nor act in it.
    expect(
      (await joiner.client.request('PUT', '/api/session/active-organisation', { organisationId: orgId })).body
        .code,
    ).toBe('member_not_active');
  });

  it('refuses joining an unknown number with a hint to create it', async () => {
    const { client } = await createSignedInUser(t);
    const res = await client.post('/api/organisations/join', { enterpriseNumber: newEnterpriseNumber() });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('organisation_not_found');
  });
});

describe('managing members', () => {
  it('confirms a pending member (telling them by e-mail), promotes and never leaves zero managers', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true });
    const pending = await agency.addMember({ status: 'pending' });
    const confirmed = await manager.client.post(`/api/org/members/${pending.membership.id}/confirm`, {
      jobTitle: 'Agent immobilier',
      phone: '+32 2 123 45 67',
    });
    expect(confirmed.body).toMatchObject({
      status: 'active',
      jobTitle: 'Agent immobilier',
      isManager: false,
    });
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, pending.user.email));
    expect(mails.at(-1)?.subject).toMatch(/membre de/);

    const self = await manager.client.patch(`/api/org/members/${manager.membership.id}`, {
      isManager: false,
    });
    expect(self.body.code).toBe('last_manager');
    await manager.client.patch(`/api/org/members/${pending.membership.id}`, { isManager: true });
    expect(
      (await manager.client.patch(`/api/org/members/${manager.membership.id}`, { isManager: false })).status,
    ).toBe(200);
  });

  it('grants tool access only to accounts holding the required recognition', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true });
    const member = await agency.addMember();
    await t.database.db.delete(userRecognitions).where(eq(userRecognitions.userId, member.user.id));
    const refused = await manager.client.patch(`/api/org/members/${member.membership.id}`, {
      toolRole: 'collaborator',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('recognition_required');
    await t.database.db
      .insert(userRecognitions)
      .values({ userId: member.user.id, recognitionCode: 'biv_ipi_member' });
    const granted = await manager.client.patch(`/api/org/members/${member.membership.id}`, {
      toolRole: 'collaborator',
    });
    expect(granted.body.toolRole).toBe('collaborator');
  });

  it('removes a member but not the last manager; every change is in the activity list', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true });
    const member = await agency.addMember();
    expect((await manager.client.delete(`/api/org/members/${manager.membership.id}`)).body.code).toBe(
      'last_manager',
    );
    expect((await manager.client.delete(`/api/org/members/${member.membership.id}`)).status).toBe(200);
    expect((await member.client.get('/api/org')).status).toBe(403);
    const activity = await manager.client.get('/api/org/activity');
    expect(activity.body.events.map((e: { action: string }) => e.action)).toContain('member.removed');
  });
});

describe('the AML officer', () => {
  it('can be claimed when the organisation has none, and the last one cannot step down', async () => {
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const before = await collaborator.client.get('/api/org/aml-status');
    expect(before.body).toMatchObject({ isAllowed: true, hasOfficer: false, canBecomeOfficer: true });
    const claimed = await collaborator.client.post('/api/org/officer/claim');
    expect(claimed.body).toMatchObject({ hasOfficer: true, myToolRole: 'officer' });
    const stepDown = await collaborator.client.post('/api/org/officer/step-down', { to: 'collaborator' });
    expect(stepDown.body.code).toBe('last_officer');
  });

  it('once an officer exists, needs a manager or their authorisation', async () => {
    const agency = await createAgency(t);
    const manager = await agency.addMember({ isManager: true });
    await agency.addMember({ toolRole: 'officer' });
    const other = await agency.addMember({ toolRole: 'collaborator' });
    expect((await other.client.post('/api/org/officer/claim')).body.code).toBe('cannot_become_officer');
    await manager.client.patch(`/api/org/members/${other.membership.id}`, { mayBecomeOfficer: true });
    expect((await other.client.post('/api/org/officer/claim')).body.myToolRole).toBe('officer');
    expect((await other.client.post('/api/org/officer/step-down', { to: 'none' })).body.myToolRole).toBe(
      'none',
    );
    const events = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.organisationId, agency.organisation.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['officer.claimed', 'officer.stepped_down']),
    );
  });

  it('tells an organisation that is not allow-listed why it cannot use the tool', async () => {
    const agency = await createAgency(t, { allowed: false });
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const status = await collaborator.client.get('/api/org/aml-status');
    expect(status.body.isAllowed).toBe(false);
    const claim = await collaborator.client.post('/api/org/officer/claim');
    expect(claim.status).toBe(403);
    expect(claim.body.code).toBe('organisation_not_allowed');
    await t.database.db
      .insert(allowedEnterpriseNumbers)
      .values({ enterpriseNumber: agency.organisation.enterpriseNumber });
    expect((await collaborator.client.post('/api/org/officer/claim')).status).toBe(200);
  });
});

describe('platform administration', () => {
  it('allow-lists numbers and grants recognitions, for administrators only', async () => {
    const admin = await createSignedInUser(t, {});
    const { users } = await import('../accounts/accounts.schema.ts');
    await t.database.db.update(users).set({ isPlatformAdmin: true }).where(eq(users.id, admin.user.id));
    const someone = await createSignedInUser(t);
    const number = newEnterpriseNumber();
    expect(
      (await someone.client.post('/api/admin/allowed-numbers', { enterpriseNumber: number })).status,
    ).toBe(403);
    const added = await admin.client.post('/api/admin/allowed-numbers', {
      enterpriseNumber: number,
      note: 'SPF Économie',
    });
    expect(added.body.numbers.map((n: { enterpriseNumber: string }) => n.enterpriseNumber)).toContain(number);
    const found = await admin.client.get(`/api/admin/users?q=${encodeURIComponent(someone.user.email)}`);
    expect(found.body.users).toHaveLength(1);
    await admin.client.post(`/api/admin/users/${someone.user.id}/recognitions`, {
      code: 'biv_ipi_member',
      reference: '501234',
    });
    const again = await admin.client.get(`/api/admin/users?q=${encodeURIComponent(someone.user.email)}`);
    expect(again.body.users[0].recognitions[0]).toMatchObject({
      code: 'biv_ipi_member',
      reference: '501234',
    });
  });
});
