import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { importList } from './list-import.ts';

const beNationalList = new URL('../../test/fixtures/lists/be-national-list.csv', import.meta.url).pathname;

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  await importList(t.database.db, beNationalList, { organisationId: null, importedBy: null });
});
afterAll(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);

describe('duties after an asset-freeze match (CTIF-CFI report, Treasury notification)', () => {
  it('prompts the officer on confirmation and records each duty once, audited, officer only', async () => {
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Dubois-Lambert', firstNames: 'Jean-Pierre', birthDate: '1971-03-14' }),
      )
    ).body;
    const url = `/api/contacts/${contact.id}/freeze-duties`;
    const { screening } = (await collaborator.client.get(`/api/contacts/${contact.id}/screening`)).body;
    expect(screening.hits.length).toBeGreaterThan(0);
    // Nothing is due while the hit is open.
    expect((await collaborator.client.get(url)).body.items).toEqual([]);
    const hit = screening.hits[0];
    const notOpen = await officer.client.post(`/api/screening/hits/${hit.id}/freeze-duties`, {
      duty: 'treasury-notification',
      doneOn: today(),
      reference: 'x',
    });
    expect(notOpen.body.code).toBe('invalid_transition');

    await officer.client.post(`/api/screening/hits/${hit.id}/disposition`, {
      disposition: 'true_match',
      reason: 'Same person: birth date matches the designation.',
    });
    const notes = await t.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, officer.user.id), eq(notifications.kind, 'freeze_duties_due')));
    expect(notes).toHaveLength(1);
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, officer.user.email));
    expect(mails.some((m) => m.template === 'freezeDutiesDue')).toBe(true);

    const due = (await collaborator.client.get(url)).body.items;
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({
      hitId: hit.id,
      list: hit.list,
      duties: [
        { duty: 'ctif-report', article: 'loi 18/09/2017 art. 47', record: null },
        { duty: 'treasury-notification', record: null },
      ],
    });

    const record = { duty: 'treasury-notification', doneOn: today(), reference: 'TRES-2026-0042' };
    expect(
      (await collaborator.client.post(`/api/screening/hits/${hit.id}/freeze-duties`, record)).status,
    ).toBe(403);
    const future = await officer.client.post(`/api/screening/hits/${hit.id}/freeze-duties`, {
      ...record,
      doneOn: '2999-01-01',
    });
    expect(future.status).toBe(400);
    expect(future.body.details).toMatchObject([{ field: 'doneOn', code: 'date_in_future' }]);
    const done = await officer.client.post(`/api/screening/hits/${hit.id}/freeze-duties`, record);
    expect(done.status).toBe(200);
    expect(done.body.items[0].duties[1].record).toMatchObject({
      doneOn: today(),
      reference: 'TRES-2026-0042',
      recordedByName: expect.any(String),
    });
    const twice = await officer.client.post(`/api/screening/hits/${hit.id}/freeze-duties`, record);
    expect(twice.body.code).toBe('invalid_transition');
    const audited = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'screening.freeze_duty_recorded'), eq(auditEvents.subjectId, contact.id)),
      );
    expect(audited).toHaveLength(1);
    expect(audited[0]!.payload).toMatchObject({ duty: 'treasury-notification', reference: 'TRES-2026-0042' });
  });
});
