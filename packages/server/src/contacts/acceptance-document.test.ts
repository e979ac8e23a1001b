import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

describe('acceptance document', () => {
  it("shows the contact's identification and screening and nothing of a declaration made about it", async () => {
    const agency = await createAgency(t);
    const collaborator = await agency.addMember({ toolRole: 'collaborator' });
    const officer = await agency.addMember({ toolRole: 'officer' });
    const contact = (
      await collaborator.client.post(
        '/api/contacts',
        personInput({ lastName: 'Wautier', firstNames: 'Bérénice' }),
      )
    ).body;
    const profile = (
      await collaborator.client.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' })
    ).body;
    const url = `/api/risk-profiles/${profile.id}`;
    await answerAll(collaborator.client, url, { isPep: true, pepRole: 'holder' });
    await collaborator.client.post(`${url}/compute`);
    const motivation = 'Soupçon grenadine : fonds opaques venant de Zanzibar';
    await collaborator.client.post(`${url}/decision`, { action: 'propose', proposal: 'accept', motivation });
    await officer.client.post(`${url}/decision`, {
      action: 'report-to-ctif',
      comment: 'Déclaration CTIF urgente framboise',
    });

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${contact.id}/acceptance.pdf`,
      headers: { cookie: collaborator.client.cookieHeader() },
      remoteAddress: collaborator.client.ip,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await new PDFParse({ data: new Uint8Array(res.rawPayload) }).getText()).text;
    expect(text).toContain('WAUTIER');
    expect(text).toContain('Bérénice');
    expect(text).toMatch(/[Dd]épistage/);
    for (const word of ['grenadine', 'Zanzibar', 'framboise', 'CTIF', 'déclaration', 'Déclaration']) {
      expect(text).not.toContain(word);
    }
  });
});
