import { addDays } from '@vigilo/domain/risk/index.ts';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { mailOutbox } from '../mail/mail.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { runReviewReminders } from './periodic-review.service.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const address = { street: 'Grote Markt 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' };

async function acceptedContact(client: TestClient, lastName: string, role: 'buyer' | 'seller') {
  const contact = (await client.post('/api/contacts', personInput({ lastName, firstNames: 'Test' }))).body;
  const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  await client.post(`${url}/compute`);
  const accepted = await client.post(`${url}/decision`, { action: 'accept' });
  expect(accepted.body.status).toBe('accepted');
  return contact as { id: string; displayName: string };
}

/** Time passes: the contact's review date is moved, as if its profile had been computed long ago. */
async function setReviewDue(contactId: string, day: string) {
  await t.database.db.update(contacts).set({ reviewDueAt: day }).where(eq(contacts.id, contactId));
}

async function setup() {
  const agency = await createAgency(t);
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  const officer = await agency.addMember({ toolRole: 'officer' });
  const buyer = await acceptedContact(collaborator.client, 'Koper', 'buyer');
  const seller = await acceptedContact(collaborator.client, 'Verkoper', 'seller');
  return { agency, collaborator, officer, buyer, seller };
}

function transactionInput(reference: string, clientId: string, counterpartyId: string) {
  return {
    reference,
    type: 'sale',
    propertyAddress: address,
    priceCents: 35_000_000,
    parties: [
      { contactId: clientId, role: 'client' },
      { contactId: counterpartyId, role: 'counterparty' },
    ],
  };
}

describe('periodic review (issue 14, item 9)', () => {
  it('refuses an overdue profile in a new transaction, translated, writing nothing; a new profile lifts it', async () => {
    const { collaborator, buyer, seller } = await setup();
    const today = brusselsDay(new Date());
    // A fresh profile is reviewed in 24 months (default policy, normal vigilance).
    const fresh = (await collaborator.client.get(`/api/contacts/${buyer.id}`)).body;
    expect(fresh.reviewDueAt > addDays(today, 700)).toBe(true);

    await setReviewDue(buyer.id, addDays(today, -1));
    const before = await tableCounts(t.database.db);
    const refused = await collaborator.client.post(
      '/api/transactions',
      transactionInput('HZ-2026-001', seller.id, buyer.id),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('profile_review_overdue');
    expect(refused.body.details).toEqual([
      expect.objectContaining({ field: 'parties.1.contactId', code: 'party_review_overdue' }),
    ]);
    expect(refused.body.message).toContain('révision du profil de risque en retard');
    // The date as a French reader writes it (31/12/2026), never the ISO form.
    expect(refused.body.message).toContain(addDays(today, -1).split('-').reverse().join('/'));
    expect(refused.body.message).not.toContain(addDays(today, -1));
    expect(await tableCounts(t.database.db)).toEqual(before);

    // Due today counts as overdue too: the review is done before its date.
    await setReviewDue(buyer.id, today);
    const dueToday = await collaborator.client.post(
      '/api/transactions',
      transactionInput('HZ-2026-002', seller.id, buyer.id),
    );
    expect(dueToday.body.code).toBe('profile_review_overdue');

    // Computing and accepting a new profile sets a new review date; the transaction is then possible.
    const profile = (
      await collaborator.client.post(`/api/contacts/${buyer.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url);
    await collaborator.client.post(`${url}/compute`);
    await collaborator.client.post(`${url}/decision`, { action: 'accept' });
    const created = await collaborator.client.post(
      '/api/transactions',
      transactionInput('HZ-2026-003', seller.id, buyer.id),
    );
    expect(created.status).toBe(201);
  });

  it('lists overdue and due-soon reviews to every tool user of the agency, and nobody else’s', async () => {
    const { collaborator, officer, buyer, seller } = await setup();
    const other = await setup();
    const today = brusselsDay(new Date());
    await setReviewDue(buyer.id, addDays(today, -3));
    await setReviewDue(seller.id, addDays(today, 10));
    await setReviewDue(other.buyer.id, addDays(today, -3));
    for (const client of [collaborator.client, officer.client]) {
      const res = await client.get('/api/reviews');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ today, dueSoonDays: 30 });
      expect(res.body.overdue).toEqual([
        expect.objectContaining({ contactId: buyer.id, reviewDueAt: addDays(today, -3), daysLeft: -3 }),
      ]);
      expect(res.body.dueSoon).toEqual([
        expect.objectContaining({ contactId: seller.id, reviewDueAt: addDays(today, 10), daysLeft: 10 }),
      ]);
    }
  });

  it('notifies the author once per review (in the application and by e-mail) and the officer in a weekly digest', async () => {
    const { collaborator, officer, buyer, seller } = await setup();
    const today = brusselsDay(new Date());
    await setReviewDue(buyer.id, addDays(today, -2));
    await setReviewDue(seller.id, addDays(today, 20));
    const db = t.database.db;
    await runReviewReminders(db, 'http://vigilo.test');

    const mine = async (userId: string) =>
      db
        .select({ kind: notifications.kind, subjectId: notifications.subjectId, title: notifications.title })
        .from(notifications)
        .where(and(eq(notifications.userId, userId)));
    expect(await mine(collaborator.user.id)).toEqual(
      expect.arrayContaining([
        { kind: 'review_overdue', subjectId: buyer.id, title: buyer.displayName },
        { kind: 'review_due_soon', subjectId: seller.id, title: seller.displayName },
      ]),
    );
    const digests = (await mine(officer.user.id)).filter((n) => n.kind === 'review_digest');
    expect(digests).toHaveLength(1);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, officer.user.email));
    const digestMail = mails.find((m) => m.template === 'reviewDigest');
    expect(digestMail?.textBody).toContain(buyer.displayName);
    expect(digestMail?.textBody).toContain(seller.displayName);
    const toAuthor = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, collaborator.user.email));
    expect(toAuthor.map((m) => m.template).sort()).toEqual(['reviewDueSoon', 'reviewOverdue']);

    // The same day again: nothing new.
    await runReviewReminders(db, 'http://vigilo.test');
    expect((await mine(collaborator.user.id)).filter((n) => n.kind.startsWith('review_'))).toHaveLength(2);
    expect((await mine(officer.user.id)).filter((n) => n.kind === 'review_digest')).toHaveLength(1);

    // The collaborator opens the notification list: the reminders are there.
    const list = (await collaborator.client.get('/api/notifications')).body.items;
    expect(list.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['review_overdue', 'review_due_soon']),
    );
  });
});
