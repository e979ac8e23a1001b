import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, tableCounts } from '../../test/factories.ts';
import { createTestApp, TestClient, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { clientLinks } from './client-links.schema.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const confirmation = { name: 'Els Janssens', date: '2026-12-01', isTrueAndComplete: true };
const tokenOf = (url: string) => url.split('/identify/')[1]!;

async function agencyWithCollaborator() {
  const agency = await createAgency(t, { name: 'Immo Kouter' });
  await agency.addMember({ toolRole: 'officer' });
  const collaborator = await agency.addMember({ toolRole: 'collaborator' });
  return { agency, client: collaborator.client };
}

async function auditActionsOf(linkId: string) {
  const rows = await t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.subjectType, 'client_link'), eq(auditEvents.subjectId, linkId)));
  return rows.map((r) => r.action);
}

describe("the client's identification link", () => {
  it('lets a client without an account identify themselves in Dutch, and the collaborator accept it into a screened contact', async () => {
    const { client } = await agencyWithCollaborator();
    const created = await client.post('/api/client-links', { kind: 'person', language: 'nl' });
    expect(created.status).toBe(201);
    const token = tokenOf(created.body.url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the hash is stored.
    const [row] = await t.database.db
      .select()
      .from(clientLinks)
      .where(eq(clientLinks.id, created.body.link.id));
    expect(row!.tokenHash).not.toContain(token);
    expect(created.body.link.expiresAt.slice(0, 10)).toBe(
      new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
    );

    const visitor = new TestClient(t.app);
    visitor.lang = 'nl';
    const page = await visitor.get(`/api/public/client-links/${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ agencyName: 'Immo Kouter', kind: 'person', language: 'nl' });
    await visitor.get(`/api/public/client-links/${token}`);

    // Bad input: a clear error in the client's language, nothing stored.
    const before = await tableCounts(t.database.db);
    const bad = await visitor.post(`/api/public/client-links/${token}/submission`, {
      data: personInput({ birthDate: 'gisteren' }),
      confirmation: { ...confirmation, isTrueAndComplete: false },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.message).not.toMatch(/invalid|expected/i);
    expect(await tableCounts(t.database.db)).toEqual(before);

    const submitted = await visitor.post(`/api/public/client-links/${token}/submission`, {
      data: personInput({ lastName: 'Janssens', firstNames: 'Els', identificationMode: 'face_to_face' }),
      confirmation,
    });
    expect(submitted.status).toBe(204);
    // Used: the link no longer opens, nor takes a second submission.
    expect((await visitor.get(`/api/public/client-links/${token}`)).status).toBe(404);
    expect(
      (
        await visitor.post(`/api/public/client-links/${token}/submission`, {
          data: personInput(),
          confirmation,
        })
      ).status,
    ).toBe(404);

    const review = await client.get(`/api/client-links/${created.body.link.id}`);
    expect(review.body.current).toBeUndefined();
    expect(review.body.submission.data).toMatchObject({
      lastName: 'Janssens',
      identificationMode: 'remote_copy',
    });
    const accepted = await client.post(`/api/client-links/${created.body.link.id}/review`, {
      decision: 'accept',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const [contact] = await t.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.id, accepted.body.contactId));
    expect(contact!.displayName).toBe('JANSSENS Els');
    expect(contact!.status).not.toBe('draft'); // screened as usual
    expect(await auditActionsOf(created.body.link.id)).toEqual([
      'client_link.created',
      'client_link.opened',
      'client_link.submitted',
      'client_link.accepted',
    ]);
    const again = await client.post(`/api/client-links/${created.body.link.id}/review`, {
      decision: 'accept',
    });
    expect(again.status).toBe(409);
  });

  it('sends a submission back with a comment the client sees, then accepts the new version of an existing contact', async () => {
    const { client } = await agencyWithCollaborator();
    const contact = (await client.post('/api/contacts', personInput({ lastName: 'Peeters' }))).body;
    const created = await client.post('/api/client-links', {
      kind: 'person',
      contactId: contact.id,
      language: 'fr',
    });
    const token = tokenOf(created.body.url);
    const visitor = new TestClient(t.app);
    const submit = () =>
      visitor.post(`/api/public/client-links/${token}/submission`, {
        data: personInput({ lastName: 'Peeters', profession: 'Notaire' }),
        confirmation,
      });
    expect((await submit()).status).toBe(204);
    const id = created.body.link.id;
    const returned = await client.post(`/api/client-links/${id}/review`, {
      decision: 'return',
      comment: 'Merci de joindre le verso de la carte.',
    });
    expect(returned.body.status).toBe('returned');
    const page = await visitor.get(`/api/public/client-links/${token}`);
    expect(page.body.returnComment).toBe('Merci de joindre le verso de la carte.');
    expect((await submit()).status).toBe(204);
    const review = await client.get(`/api/client-links/${id}`);
    expect(review.body.current.profession).toBe('Architecte');
    expect(review.body.submission.data.profession).toBe('Notaire');
    await client.post(`/api/client-links/${id}/review`, { decision: 'accept' });
    const [row] = await t.database.db.select().from(contacts).where(eq(contacts.id, contact.id));
    expect(row!.currentVersionNo).toBe(2);
  });

  it('accepts a submission once, even when two reviewers accept it at the same moment', async () => {
    const { agency, client } = await agencyWithCollaborator();
    const other = (await agency.addMember({ toolRole: 'collaborator' })).client;
    const created = await client.post('/api/client-links', { kind: 'person', language: 'fr' });
    await new TestClient(t.app).post(`/api/public/client-links/${tokenOf(created.body.url)}/submission`, {
      data: personInput({ lastName: 'Double' }),
      confirmation,
    });
    const url = `/api/client-links/${created.body.link.id}/review`;
    const results = await Promise.all([
      client.post(url, { decision: 'accept' }),
      other.post(url, { decision: 'accept' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const made = await t.database.db
      .select()
      .from(contacts)
      .where(eq(contacts.organisationId, agency.organisation.id));
    expect(made.filter((c) => c.displayName.startsWith('DOUBLE'))).toHaveLength(1);
  });

  it('refuses an expired, a revoked, a guessed or a malformed token alike', async () => {
    const { client } = await agencyWithCollaborator();
    const visitor = new TestClient(t.app);
    const expired = await client.post('/api/client-links', { kind: 'person', language: 'en' });
    await t.database.db
      .update(clientLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(clientLinks.id, expired.body.link.id));
    expect((await visitor.get(`/api/public/client-links/${tokenOf(expired.body.url)}`)).status).toBe(404);
    // Nor does it take a submission: nothing is stored for the agency to review (only the refusal is logged).
    const countsBut = async () => {
      const { audit_events: _logged, ...counts } = await tableCounts(t.database.db);
      return counts;
    };
    const refusesSubmission = async (url: string) => {
      const before = await countsBut();
      const res = await visitor.post(`/api/public/client-links/${tokenOf(url)}/submission`, {
        data: personInput({ lastName: 'Trop Tard' }),
        confirmation,
      });
      expect(res.status).toBe(404);
      expect(await countsBut()).toEqual(before);
      return res.body.code;
    };
    // The same answer as for a token that never existed: an expired link tells nothing more.
    expect(await refusesSubmission(expired.body.url)).toBe(
      (await visitor.get(`/api/public/client-links/${'A'.repeat(43)}`)).body.code,
    );

    const revoked = await client.post('/api/client-links', { kind: 'entity', language: 'en' });
    expect((await client.post(`/api/client-links/${revoked.body.link.id}/revoke`)).body.status).toBe(
      'revoked',
    );
    expect((await visitor.get(`/api/public/client-links/${tokenOf(revoked.body.url)}`)).status).toBe(404);
    await refusesSubmission(revoked.body.url);
    expect((await client.post(`/api/client-links/${revoked.body.link.id}/revoke`)).status).toBe(409);
    expect(await auditActionsOf(revoked.body.link.id)).toEqual([
      'client_link.created',
      'client_link.revoked',
    ]);

    expect((await visitor.get(`/api/public/client-links/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await visitor.get('/api/public/client-links/short')).status).toBe(400);

    const wrongKind = await client.post('/api/client-links', { kind: 'entity', language: 'en' });
    const res = await visitor.post(`/api/public/client-links/${tokenOf(wrongKind.body.url)}/submission`, {
      data: personInput(),
      confirmation,
    });
    expect(res.status).toBe(400);
  });

  it("shows the client nothing of the agency's assessment of them (no tipping-off)", async () => {
    const { client } = await agencyWithCollaborator();
    const contact = (await client.post('/api/contacts', personInput({ lastName: 'Verdacht' }))).body;
    await t.database.db
      .update(contacts)
      .set({ vigilanceLevel: 'heightened', status: 'blocked' })
      .where(eq(contacts.id, contact.id));
    const created = await client.post('/api/client-links', {
      kind: 'person',
      contactId: contact.id,
      language: 'nl',
    });
    const page = await new TestClient(t.app).get(`/api/public/client-links/${tokenOf(created.body.url)}`);
    expect(Object.keys(page.body).sort()).toEqual([
      'agencyName',
      'expiresAt',
      'kind',
      'language',
      'returnComment',
    ]);
    expect(JSON.stringify(page.body)).not.toMatch(/heightened|blocked|screen|risk|ctif|verdacht|declar/i);
  });

  it('rate-limits the public page per address', async () => {
    const visitor = new TestClient(t.app);
    const statuses: number[] = [];
    for (let i = 0; i < 32; i += 1)
      statuses.push((await visitor.get(`/api/public/client-links/${'B'.repeat(43)}`)).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
