import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser, newEnterpriseNumber } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from './audit.schema.ts';

// Actions no other test performs end to end: each is done here through the API, and its audit record
// must follow (the full run also checks that every action of the catalogue is written by some test).
let t: TTestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const written = async (actions: string[]) =>
  (
    await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(inArray(auditEvents.action, actions))
  ).map((row) => row.action);

describe('audited administration and organisation actions', () => {
  it('records allow-list removals and the recognition types an administrator creates, updates and revokes', async () => {
    const admin = (await createSignedInUser(t)).client; // the first account: platform administrator
    const someone = await createSignedInUser(t);
    const number = newEnterpriseNumber();
    expect((await admin.post('/api/admin/allowed-numbers', { enterpriseNumber: number })).status).toBe(200);
    expect((await admin.request('DELETE', `/api/admin/allowed-numbers/${number}`)).status).toBe(200);
    const created = await admin.post('/api/admin/recognition-types', {
      code: 'ipi_trainee',
      labelFr: 'Stagiaire IPI',
      labelNl: 'Stagiair BIV',
      labelEn: 'IPI trainee',
    });
    expect(created.status).toBe(200);
    expect(
      (
        await admin.request('PATCH', '/api/admin/recognition-types/ipi_trainee', {
          labelEn: 'BIV/IPI trainee',
        })
      ).status,
    ).toBe(200);
    await admin.post(`/api/admin/users/${someone.user.id}/recognitions`, { code: 'ipi_trainee' });
    expect(
      (await admin.request('DELETE', `/api/admin/users/${someone.user.id}/recognitions/ipi_trainee`)).status,
    ).toBe(200);
    expect((await written(['admin.allowed_number_removed'])).length).toBe(1);
    expect(
      new Set(
        await written([
          'admin.recognition_type_created',
          'admin.recognition_type_updated',
          'admin.recognition_revoked',
        ]),
      ),
    ).toEqual(
      new Set([
        'admin.recognition_type_created',
        'admin.recognition_type_updated',
        'admin.recognition_revoked',
      ]),
    );
  });

  it("records a manager's organisation update, an officer's deleted training and a deleted webhook", async () => {
    const agency = await createAgency(t);
    const manager = (await agency.addMember({ isManager: true, toolRole: 'collaborator' })).client;
    const officer = (await agency.addMember({ toolRole: 'officer' })).client;
    expect((await manager.request('PATCH', '/api/org', { name: 'Agence Renommée' })).status).toBe(200);
    const training = await officer.post('/api/officer-reports/trainings', {
      heldOn: '2026-11-20',
      topic: 'Formation AML',
      attendees: 'Équipe',
      attendeeCount: 2,
    });
    expect(training.status).toBe(201);
    expect(
      (await officer.request('DELETE', `/api/officer-reports/trainings/${training.body.id}`)).status,
    ).toBe(204);
    const hook = await manager.post('/api/org/webhooks', {
      url: 'http://127.0.0.1:9/hooks',
      events: ['case.decided'],
    });
    expect(hook.status).toBe(201);
    expect(
      (await manager.request('DELETE', `/api/org/webhooks/${hook.body.webhook.id}`)).status,
    ).toBeLessThan(300);
    expect(new Set(await written(['organisation.updated', 'training.deleted', 'webhook.deleted']))).toEqual(
      new Set(['organisation.updated', 'training.deleted', 'webhook.deleted']),
    );
  });
});
