import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityInput, personInput } from '../../test/contact-fixtures.ts';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { samplePdf } from '../documents/sample-documents.fixture.ts';
import { importList } from '../screening/list-import.ts';

const beNationalList = new URL('../../test/fixtures/lists/be-national-list.csv', import.meta.url).pathname;

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await importList(t.database.db, beNationalList, { organisationId: null, importedBy: null });
});
afterAll(() => t.close());

async function upload(client: TestClient, subjectId: string, purpose: string) {
  const boundary = `----vigilo${randomBytes(8).toString('hex')}`;
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const body = Buffer.concat([
    Buffer.from(field('subjectType', 'contact') + field('subjectId', subjectId) + field('purpose', purpose)),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${purpose}.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    samplePdf(purpose),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await client.post('/api/documents', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function agency() {
  const org = await createAgency(t);
  const collaborator = await org.addMember({ toolRole: 'collaborator' });
  const officer = await org.addMember({ toolRole: 'officer' });
  return { client: collaborator.client, officer: officer.client };
}

/** A company owned 60% by one person, with its directors recorded. */
async function companyWithOwner(client: TestClient, over: Record<string, unknown> = {}) {
  const owner = (
    await client.post(
      '/api/contacts',
      personInput({ lastName: 'Peeters', firstNames: 'Jan', birthDate: '1980-02-01' }),
    )
  ).body;
  const company = (
    await client.post(
      '/api/contacts',
      entityInput({
        administrators: ['Jan Peeters'],
        beneficialOwners: [{ contactId: owner.id, ownershipPct: 60 }],
        ...over,
      }),
    )
  ).body;
  expect(company.id).toBeTruthy();
  return { owner, company };
}

async function computedProfile(client: TestClient, contactId: string) {
  const profile = (await client.post(`/api/contacts/${contactId}/risk-profiles`, { role: 'buyer' })).body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(client, url);
  const computed = await client.post(`${url}/compute`);
  expect(computed.status).toBe(200);
  return { url, computed: computed.body };
}

describe('due diligence that cannot be completed blocks acceptance (loi art. 33)', () => {
  it('a beneficial owner recorded but not verified: no role can accept until a document verifies them', async () => {
    const { client, officer } = await agency();
    const { owner, company } = await companyWithOwner(client);
    const { url, computed } = await computedProfile(client, company.id);
    expect(computed.blockers).toEqual(['beneficial-owners-unverified']);
    expect(computed.dueDiligenceGaps).toEqual({
      missingData: [],
      unverifiedBeneficialOwners: [{ contactId: owner.id, displayName: owner.displayName }],
    });
    for (const who of [client, officer]) {
      const accept = await who.post(`${url}/decision`, { action: 'accept' });
      expect(accept.status).toBe(409);
      expect(accept.body).toMatchObject({
        code: 'acceptance_blocked',
        details: [{ field: 'blockers', code: 'beneficial-owners-unverified' }],
      });
    }

    // A document of an unrelated file does not verify anyone.
    const stranger = (await client.post('/api/contacts', personInput({ lastName: 'Autre' }))).body;
    const strangerDoc = await upload(client, stranger.id, 'identity');
    const verificationsUrl = `/api/contacts/${company.id}/beneficial-owner-verifications`;
    const wrongDoc = await client.post(verificationsUrl, {
      ownerContactId: owner.id,
      method: 'document',
      documentId: strangerDoc,
      verifiedOn: '2026-01-15',
    });
    expect(wrongDoc.status).toBe(400);
    const notOwner = await client.post(verificationsUrl, {
      ownerContactId: stranger.id,
      method: 'document',
      documentId: strangerDoc,
      verifiedOn: '2026-01-15',
    });
    expect(notOwner.status).toBe(400);

    const idCard = await upload(client, owner.id, 'identity');
    const verified = await client.post(verificationsUrl, {
      ownerContactId: owner.id,
      method: 'document',
      documentId: idCard,
      verifiedOn: '2026-01-15',
    });
    expect(verified.status).toBe(201);
    expect(verified.body.beneficialOwners).toEqual([
      expect.objectContaining({
        contactId: owner.id,
        verification: expect.objectContaining({
          method: 'document',
          documentId: idCard,
          verifiedOn: '2026-01-15',
        }),
      }),
    ]);
    expect(verified.body.beneficialOwners[0].verification.verifiedByName).toBeTruthy();
    expect((await client.get(url)).body.blockers).toEqual([]);
    expect((await client.post(`${url}/decision`, { action: 'accept' })).body.status).toBe('accepted');
  });

  it('missing mandatory identification data (no directors) blocks and is named', async () => {
    const { client, officer } = await agency();
    const { company } = await companyWithOwner(client, { administrators: [], beneficialOwners: [] });
    const detail = (await client.get(`/api/contacts/${company.id}`)).body;
    expect(detail.dueDiligence.missingData).toEqual(['administrators']);
    const { url, computed } = await computedProfile(client, company.id);
    expect(computed.blockers).toContain('identification-data-missing');
    expect(computed.dueDiligenceGaps.missingData).toEqual(['administrators']);
    const accept = await officer.post(`${url}/decision`, { action: 'accept' });
    expect(accept.status).toBe(409);
    expect(accept.body.code).toBe('acceptance_blocked');
  });
});

describe('UBO register (issue 14, item 8)', () => {
  it('keeps the extract, shows the differences, verifies a listed owner and records the discrepancy report', async () => {
    const { client } = await agency();
    const { owner, company } = await companyWithOwner(client);
    const contactUrl = `/api/contacts/${company.id}`;
    expect((await client.get(contactUrl)).body.dueDiligence.uboRegister).toEqual({
      extracts: [],
      comparison: null,
      discrepancyReports: [],
    });

    // Only a document of this entity uploaded as a UBO register extract can be recorded as one.
    const identity = await upload(client, company.id, 'identity');
    const refused = await client.post(`${contactUrl}/ubo-register-extracts`, {
      documentId: identity,
      extractDate: '2026-02-01',
      listedOwners: [],
    });
    expect(refused.status).toBe(400);
    const documentId = await upload(client, company.id, 'ubo_register');
    const recorded = await client.post(`${contactUrl}/ubo-register-extracts`, {
      documentId,
      extractDate: '2026-02-01',
      listedOwners: [
        { name: 'PEETERS Jan', birthDate: '1980-02-01' },
        { name: 'Marc Dubois', birthDate: null },
      ],
    });
    expect(recorded.status).toBe(201);
    const register = recorded.body.uboRegister;
    expect(register.extracts).toHaveLength(1);
    expect(register.comparison).toEqual({
      extractId: register.extracts[0].id,
      differs: true,
      onlyRecorded: [],
      onlyInRegister: [{ name: 'Marc Dubois', birthDate: null }],
    });

    const verify = await client.post(`${contactUrl}/beneficial-owner-verifications`, {
      ownerContactId: owner.id,
      method: 'ubo-register',
      uboRegisterExtractId: register.extracts[0].id,
      verifiedOn: '2026-02-02',
    });
    expect(verify.status).toBe(201);
    expect(verify.body.beneficialOwners[0].verification).toMatchObject({
      method: 'ubo-register',
      uboRegisterExtractId: register.extracts[0].id,
      documentId,
    });

    const early = await client.post(`${contactUrl}/ubo-discrepancy-reports`, {
      extractId: register.extracts[0].id,
      reportedOn: '2026-01-01',
    });
    expect(early.status).toBe(400);
    const report = await client.post(`${contactUrl}/ubo-discrepancy-reports`, {
      extractId: register.extracts[0].id,
      reportedOn: '2026-02-03',
      reference: 'UBO-2026-42',
    });
    expect(report.status).toBe(201);
    expect(report.body.uboRegister.discrepancyReports).toEqual([
      expect.objectContaining({ reportedOn: '2026-02-03', reference: 'UBO-2026-42' }),
    ]);
  });

  it('an owner the extract does not list cannot be verified by it; a person has no register', async () => {
    const { client } = await agency();
    const { owner, company } = await companyWithOwner(client);
    const documentId = await upload(client, company.id, 'ubo_register');
    const extract = (
      await client.post(`/api/contacts/${company.id}/ubo-register-extracts`, {
        documentId,
        extractDate: '2026-02-01',
        listedOwners: [{ name: 'Marc Dubois', birthDate: null }],
      })
    ).body.uboRegister.extracts[0];
    const verify = await client.post(`/api/contacts/${company.id}/beneficial-owner-verifications`, {
      ownerContactId: owner.id,
      method: 'ubo-register',
      uboRegisterExtractId: extract.id,
      verifiedOn: '2026-02-02',
    });
    expect(verify.status).toBe(400);
    expect(verify.body.details).toEqual([expect.objectContaining({ code: 'not_in_ubo_register' })]);
    const personDoc = await upload(client, owner.id, 'ubo_register');
    const onPerson = await client.post(`/api/contacts/${owner.id}/ubo-register-extracts`, {
      documentId: personDoc,
      extractDate: '2026-02-01',
      listedOwners: [],
    });
    expect(onPerson.status).toBe(400);
    expect((await client.get(`/api/contacts/${owner.id}`)).body.dueDiligence.uboRegister).toBeNull();
  });
});

describe('mandataries of natural persons (issue 14, item 5)', () => {
  it('a legal representative or attorney is linked and screened like an entity mandatary; it must be a person', async () => {
    const { client } = await agency();
    // The attorney is on the Belgian national list: screening the client must find them.
    const attorney = (
      await client.post(
        '/api/contacts',
        personInput({ lastName: 'Dubois-Lambert', firstNames: 'Jean-Pierre', birthDate: '1971-03-14' }),
      )
    ).body;
    const minor = (
      await client.post(
        '/api/contacts',
        personInput({
          lastName: 'Mineur',
          mandataries: [{ contactId: attorney.id, power: 'Tuteur', capacity: 'legal_representative' }],
        }),
      )
    ).body;
    expect(minor.current.data.mandataries).toEqual([
      { contactId: attorney.id, power: 'Tuteur', capacity: 'legal_representative' },
    ]);
    expect(minor.linkedContacts.map((c: { id: string }) => c.id)).toEqual([attorney.id]);
    const { screening } = (await client.get(`/api/contacts/${minor.id}/screening`)).body;
    expect(screening.hits).toContainEqual(expect.objectContaining({ partyContactId: attorney.id }));
    expect(minor.vigilanceLevel).toBe('heightened');

    const company = (await client.post('/api/contacts', entityInput({ administrators: ['X'] }))).body;
    const entityAsMandatary = await client.post(
      '/api/contacts',
      personInput({ mandataries: [{ contactId: company.id, capacity: 'power_of_attorney' }] }),
    );
    expect(entityAsMandatary.status).toBe(400);
    expect(entityAsMandatary.body.details).toEqual([expect.objectContaining({ field: 'mandataries' })]);
  });
});

describe('the proof of address on the contact page', () => {
  it('is flagged missing until a proof of address is filed, and another agency’s file does not count', async () => {
    const { client } = await agency();
    const other = await agency();
    const person = (
      await client.post('/api/contacts', personInput({ lastName: 'Adres', needsProofOfAddress: true }))
    ).body;
    expect(person.flags).toContain('proof_of_address_missing');
    await upload(client, person.id, 'identity');
    expect((await client.get(`/api/contacts/${person.id}`)).body.flags).toContain('proof_of_address_missing');
    // A proof filed by another agency on its own contact leaves this one's flag as it is.
    const theirs = (await other.client.post('/api/contacts', personInput({ lastName: 'Adres' }))).body;
    await upload(other.client, theirs.id, 'proof_of_address');
    expect((await client.get(`/api/contacts/${person.id}`)).body.flags).toContain('proof_of_address_missing');
    await upload(client, person.id, 'proof_of_address');
    expect((await client.get(`/api/contacts/${person.id}`)).body.flags).not.toContain(
      'proof_of_address_missing',
    );
  });
});
