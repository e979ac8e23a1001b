import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERIC_GOAML_501_MAPPING } from '@vigilo/domain/goaml/index.ts';
import { eq } from 'drizzle-orm';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityInput, personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser, creditWallet } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { answerAll } from '../../test/risk-helpers.ts';
import { goamlReportFiles } from './goaml.schema.ts';

const reference = new URL('../../test/fixtures/goaml/reference/', import.meta.url).pathname;
const genericXsd = join(reference, 'unodc-5.0.1_thecury-goAML/goAMLSchema.xsd');
const uaeXsd = join(reference, 'uae-5.0.2_Vyttah-goAML/patched-for-xsd1.0/goAMLSchema.xsd');
const uaeMapping = JSON.parse(
  readFileSync(new URL('../../test/fixtures/goaml/uae-5.0.2-mapping.json', import.meta.url), 'utf8'),
);
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'vigilo-goaml-routes-'));

function xmllintValidates(xml: string, xsd: string): boolean {
  if (!hasXmllint) return true;
  const file = join(dir, `${randomUUID()}.xml`);
  writeFileSync(file, xml);
  return spawnSync('xmllint', ['--noout', '--schema', xsd, file]).status === 0;
}

let t: TTestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client; // the first account is the platform administrator
});
afterAll(() => t.close());

async function agency() {
  const a = await createAgency(t, { name: 'Agence du Sablon' });
  const collaborator = await a.addMember({ toolRole: 'collaborator' });
  const officer = await a.addMember({ toolRole: 'officer' });
  return { a, collaborator: collaborator.client, officer: officer.client };
}

/** A PEP risk profile declared by the collaborator and reported to CTIF by the officer. */
async function reportedProfile(
  collaborator: TestClient,
  officer: TestClient,
  contactInput: object,
  via: 'proposal' | 'suspicion' = 'proposal',
) {
  const contact = (await collaborator.post('/api/contacts', contactInput)).body;
  const profile = (await collaborator.post(`/api/contacts/${contact.id}/risk-profiles`, { role: 'buyer' }))
    .body;
  const url = `/api/risk-profiles/${profile.id}`;
  await answerAll(collaborator, url, { isPep: true, pepRole: 'holder' });
  await collaborator.post(`${url}/compute`);
  await collaborator.post(
    `${url}/decision`,
    via === 'proposal'
      ? { action: 'propose', proposal: 'accept', motivation: 'Client connu ; fonds d’une succession.' }
      : { action: 'declare-suspicion', motivation: 'Fonds d’une succession sans pièces.' },
  );
  const reported = await officer.post(`${url}/decision`, {
    action: 'report-to-ctif',
    comment: 'Origine des fonds douteuse.',
  });
  expect(reported.body.status).toBe('awaiting-ctif');
  return { contact, profileId: profile.id as string, url };
}

async function download(client: TestClient, reportId: string) {
  const res = await client.post(`/api/goaml/reports/${reportId}/download`);
  return res;
}

describe('goAML report of a risk profile (SAR)', () => {
  it('is prepared on report-to-ctif, previewed, downloaded valid, submitted and answered, driving the case', async () => {
    const { collaborator, officer } = await agency();
    const { contact, profileId, url } = await reportedProfile(
      collaborator,
      officer,
      personInput({ lastName: "D'Hondt", firstNames: 'Zoë', nationalities: ['BE', 'MA'] }),
    );
    const list = (await officer.get(`/api/goaml/reports?subjectId=${profileId}`)).body.items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'SAR', state: { status: 'draft' }, subjectType: 'risk_profile' });
    const id = list[0].id as string;

    let detail = (await officer.get(`/api/goaml/reports/${id}`)).body;
    expect(detail.settingsMissing).toBe(true);
    expect(detail.texts.reason).toContain('Origine des fonds douteuse.');
    // The collaborator's motivation is offered to quote, never pasted in by itself.
    expect(detail.texts.reason).not.toContain('Client connu ; fonds d’une succession.');
    expect(detail.motivationQuote).toBe(
      'Motivation de la déclaration interne :\nClient connu ; fonds d’une succession.',
    );
    expect(detail.texts.reason).toMatch(/politiquement exposée/);
    expect((await download(officer, id)).body.code).toBe('goaml_settings_missing');

    expect(
      (await officer.request('PUT', '/api/goaml/settings', { reportingEntityId: 4711, branch: '' })).status,
    ).toBe(200);
    await officer.patch(`/api/goaml/reports/${id}`, { action: 'Relation suspendue & dossier bloqué.' });
    detail = (await officer.get(`/api/goaml/reports/${id}`)).body;
    expect(detail.errors).toEqual([]);
    expect(detail.profile).toEqual({ name: 'UNODC goAML 5.0.1 (generic)', isBuiltIn: true });
    expect(detail.preview.parties[0].subject.person).toMatchObject({
      lastName: "D'Hondt",
      nationalities: ['BE', 'MA'],
    });
    expect(detail.preview.reportingPerson.occupation).toBe('Responsable anti-blanchiment');

    const file = await download(officer, id);
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toMatch(/attachment; filename="goaml-SAR-/);
    const xml = String(file.body);
    expect(xml).toContain('<rentity_id>4711</rentity_id>');
    expect(xml).toContain("<last_name>D'Hondt</last_name>");
    expect(xml).toContain('<action>Relation suspendue &amp; dossier bloqué.</action>');
    expect(xmllintValidates(xml, genericXsd)).toBe(true);

    const early = await officer.post(`/api/goaml/reports/${id}/submission`, {
      submittedOn: '2000-01-01',
      reference: 'X',
    });
    expect(early.status).toBe(400);
    const today = new Date().toISOString().slice(0, 10);
    expect(
      (
        await officer.post(`/api/goaml/reports/${id}/submission`, {
          submittedOn: today,
          reference: 'BE-2025-123',
        })
      ).status,
    ).toBe(200);
    expect((await officer.patch(`/api/goaml/reports/${id}`, { action: 'trop tard' })).body.code).toBe(
      'invalid_transition',
    );
    expect(
      (await officer.post(`/api/goaml/reports/${id}/answer`, { answeredOn: today, answer: 'no-objection' }))
        .status,
    ).toBe(200);

    const profile = (await officer.get(url)).body;
    expect(profile).toMatchObject({ status: 'ctif-answered', ctifAnswer: 'no-objection' });
    const actions = profile.timeline.map((e: { action: string }) => e.action);
    expect(actions.slice(-4)).toEqual([
      'report-to-ctif',
      'goaml-submitted',
      'goaml-answered',
      'record-ctif-answer',
    ]);
    expect(
      profile.timeline.find((e: { action: string }) => e.action === 'goaml-submitted').motivation,
    ).toContain('BE-2025-123');

    const followUp = (await officer.post(`/api/goaml/reports/${id}/follow-up`)).body;
    const second = (await officer.get(`/api/goaml/reports/${followUp.id}`)).body;
    expect(second).toMatchObject({
      fiuRefNumber: 'BE-2025-123',
      previousReportId: id,
      state: { status: 'draft' },
    });
    const secondXml = String((await download(officer, followUp.id)).body);
    expect(secondXml).toContain('<fiu_ref_number>BE-2025-123</fiu_ref_number>');
    expect(xmllintValidates(secondXml, genericXsd)).toBe(true);

    // Tipping-off ban: the client-facing acceptance document never mentions the report.
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/contacts/${contact.id}/acceptance.pdf`,
      headers: { cookie: officer.cookieHeader() },
      remoteAddress: officer.ip,
    });
    const text = (await new PDFParse({ data: new Uint8Array(pdf.rawPayload) }).getText()).text;
    expect(
      text.match(/\bCTIF\b|\bCFI\b|goAML|BE-2025-123|Origine des fonds|succession/i)?.[0] ?? null,
    ).toBeNull();
  });

  it('reports a company with its two beneficial owners and its mandatary as related persons', async () => {
    const { collaborator, officer } = await agency();
    const person = async (lastName: string, firstNames: string) =>
      (await collaborator.post('/api/contacts', personInput({ lastName, firstNames }))).body.id as string;
    const [ubo1, ubo2, mandatary] = [
      await person('Петров', 'Иван'),
      await person('Nguyễn', 'Thị'),
      await person("O'Brien", 'Seán'),
    ];
    const company = entityInput({
      name: 'Immobilière Sœurs & Fils',
      beneficialOwners: [
        { contactId: ubo1, ownershipPct: 60 },
        { contactId: ubo2, ownershipPct: 40 },
      ],
      mandataries: [{ contactId: mandatary, power: 'Procuration' }],
    });
    // Its beneficial owners are recorded but not verified: acceptance cannot even be proposed (loi art. 33),
    // so the collaborator declares a suspicion, which the officer reports.
    const { profileId } = await reportedProfile(collaborator, officer, company, 'suspicion');
    await officer.request('PUT', '/api/goaml/settings', { reportingEntityId: 12, branch: 'Siège' });
    const [report] = (await officer.get(`/api/goaml/reports?subjectId=${profileId}`)).body.items;
    const xml = String((await download(officer, report.id)).body);
    expect(xml.match(/<director_id>/g)).toHaveLength(3);
    expect(xml).toContain('<last_name>Петров</last_name>');
    expect(xml).toContain('<name>Immobilière Sœurs &amp; Fils</name>');
    expect(xmllintValidates(xml, genericXsd)).toBe(true);
  });
});

describe('goAML report of a transaction (STR)', () => {
  async function accepted(client: TestClient, lastName: string, role: 'buyer' | 'seller') {
    // The issue date is recorded: the UAE schema below requires it, and the report never invents one.
    const idDocument = {
      type: 'belgian_eid',
      number: '592-1234567-89',
      issueDate: '2021-01-04',
      expiryDate: '2031-01-01',
      issuingCountry: 'BE',
    };
    const contact = (
      await client.post('/api/contacts', personInput({ lastName, firstNames: 'Test', idDocument }))
    ).body;
    const profile = (await client.post(`/api/contacts/${contact.id}/risk-profiles`, { role })).body;
    await answerAll(client, `/api/risk-profiles/${profile.id}`);
    await client.post(`/api/risk-profiles/${profile.id}/compute`);
    await client.post(`/api/risk-profiles/${profile.id}/decision`, { action: 'accept' });
    return contact.id as string;
  }

  it('reports a sale with two buyers and the paying account, valid against the schema', async () => {
    const { a, collaborator, officer } = await agency();
    const [b1, b2, s1] = [
      await accepted(collaborator, 'Janssens', 'buyer'),
      await accepted(collaborator, 'Peeters', 'buyer'),
      await accepted(collaborator, 'Verkoper', 'seller'),
    ];
    const deal = (
      await collaborator.post('/api/transactions', {
        reference: 'VK-2025-014',
        type: 'sale',
        propertyAddress: { street: 'Meir 1', postalCode: '2000', city: 'Antwerpen', country: 'BE' },
        priceCents: 35_000_000,
        parties: [
          { contactId: s1, role: 'client' },
          { contactId: b1, role: 'counterparty' },
          { contactId: b2, role: 'counterparty' },
        ],
      })
    ).body;
    await answerAll(collaborator, `/api/transactions/${deal.id}`, {
      priceCents: 35_000_000,
      cashPayment: true,
      cashAmountCents: 500_000,
      paymentAccountKnown: true,
      paymentAccountIban: 'BE68539007547034',
      paymentAccountHolder: 'buyer',
    });
    await creditWallet(t, a.organisation.id, 5_000);
    await collaborator.post(`/api/transactions/${deal.id}/pay-and-compute`, { idempotencyKey: randomUUID() });
    // Intended cash can never be accepted (loi art. 67): the collaborator declares a suspicion instead.
    const declared = await collaborator.post(`/api/transactions/${deal.id}/decision`, {
      action: 'declare-suspicion',
      motivation: 'Acompte en liquide annoncé.',
    });
    expect(declared.body.status).toBe('suspicion-declared');
    await officer.post(`/api/transactions/${deal.id}/decision`, { action: 'report-to-ctif' });
    await officer.request('PUT', '/api/goaml/settings', { reportingEntityId: 99, branch: '' });
    const [report] = (await officer.get(`/api/goaml/reports?subjectId=${deal.id}`)).body.items;
    expect(report.kind).toBe('STR');
    const detail = (await officer.get(`/api/goaml/reports/${report.id}`)).body;
    expect(detail.preview.transaction.parties.map((p: { role: string }) => p.role).sort()).toEqual([
      'buyer',
      'buyer',
      'seller',
    ]);
    expect(detail.preview.transaction.payment.account).toMatchObject({
      iban: 'BE68539007547034',
      institutionCode: '539',
    });
    const xml = String((await download(officer, report.id)).body);
    expect(xml).toContain('<amount_local>350000.00</amount_local>');
    expect(xml.match(/<signatory>/g)).toHaveLength(2);
    expect(xml).toContain('<transactionnumber>VK-2025-014</transactionnumber>');
    expect(xmllintValidates(xml, genericXsd)).toBe(true);

    // The platform administrator switches to the UAE 5.0.2 profile: the same case validates there too.
    const uploaded = await admin.post('/api/admin/goaml/profiles', {
      name: 'UAE 5.0.2 (test)',
      xsdFilename: 'goAMLSchema.xsd',
      xsd: readFileSync(uaeXsd, 'utf8'),
      mapping: uaeMapping,
    });
    expect(uploaded.status).toBe(201);
    const uae = await officer.get(`/api/goaml/reports/${report.id}`);
    expect(uae.body.profile).toEqual({ name: 'UAE 5.0.2 (test)', isBuiltIn: false });
    expect(uae.body.errors).toEqual([]);
    const uaeXml = String((await download(officer, report.id)).body);
    expect(uaeXml).toContain('<role>BUY</role>');
    expect(xmllintValidates(uaeXml, uaeXsd)).toBe(true);
    await admin.post('/api/admin/goaml/active-profile', { profileId: null });
  });
});

describe('the report language (FR or NL, as CTIF-CFI accepts)', () => {
  it('writes headings, factor texts and party reasons in the chosen language, valid against the schema', async () => {
    const { collaborator, officer } = await agency();
    const { profileId } = await reportedProfile(collaborator, officer, personInput({ lastName: 'Taal' }));
    await officer.request('PUT', '/api/goaml/settings', { reportingEntityId: 31, branch: '' });
    const [report] = (await officer.get(`/api/goaml/reports?subjectId=${profileId}`)).body.items;
    const url = `/api/goaml/reports/${report.id}`;

    const fr = (await officer.get(url)).body;
    expect(fr.texts.language).toBe('fr');
    expect(fr.texts.reason).toContain('Origine des fonds douteuse.');
    expect(fr.texts.reason).toContain('Facteurs de vigilance relevés :');
    expect(fr.texts.reason).toMatch(/politiquement exposée/);
    expect(fr.texts.action).toMatch(/^La relation d'affaires est suspendue/);
    expect(fr.errors).toEqual([]);
    const frXml = String((await download(officer, report.id)).body);
    expect(frXml).toContain('Client ou partie cocontractante concerné par la déclaration');
    expect(frXml).toContain('<occupation>Responsable anti-blanchiment</occupation>');
    expect(frXml).not.toMatch(/Vastgestelde|Antiwitwas/);
    expect(xmllintValidates(frXml, genericXsd)).toBe(true);

    // The officer switches to Dutch: the generated texts are written again in Dutch.
    expect((await officer.patch(url, { language: 'nl' })).status).toBe(200);
    const nl = (await officer.get(url)).body;
    expect(nl.texts.language).toBe('nl');
    expect(nl.texts.reason).toContain('Origine des fonds douteuse.'); // the officer's own words, as written
    expect(nl.texts.reason).toContain('Vastgestelde waakzaamheidsfactoren:');
    expect(nl.texts.reason).not.toContain('Facteurs de vigilance');
    expect(nl.texts.action).toMatch(/^De zakelijke relatie is opgeschort/);
    expect(nl.motivationQuote).toBe(
      'Motivering van de interne melding:\nClient connu ; fonds d’une succession.',
    );
    expect(nl.texts.reason).not.toContain('Client connu');
    expect(nl.errors).toEqual([]);
    const nlXml = String((await download(officer, report.id)).body);
    expect(nlXml).toContain('Cliënt of tegenpartij op wie de melding betrekking heeft');
    expect(nlXml).toContain('<occupation>Antiwitwasverantwoordelijke</occupation>');
    expect(nlXml).toContain('Vastgestelde waakzaamheidsfactoren:');
    expect(nlXml).not.toMatch(
      /Facteurs de vigilance|Client ou partie cocontractante|Responsable anti-blanchiment/,
    );
    expect(xmllintValidates(nlXml, genericXsd)).toBe(true);

    // The identity document's issue date was not recorded: left out, never derived from the expiry date.
    expect(nlXml).toContain('<expiry_date>2031-01-01T00:00:00</expiry_date>');
    expect(nlXml).not.toContain('<issue_date>');

    // The officer quotes the motivation themselves; a language other than FR or NL is refused.
    await officer.patch(url, { reason: `${nl.texts.reason}\n\n${nl.motivationQuote}` });
    expect((await officer.get(url)).body.texts.reason).toContain('Client connu ; fonds d’une succession.');
    expect((await officer.patch(url, { language: 'en' })).status).toBe(400);
  });
});

describe('FIU profiles', () => {
  it('refuses a download the active schema rejects: readable errors with paths, no file, no state change', async () => {
    const { collaborator, officer } = await agency();
    const { profileId } = await reportedProfile(collaborator, officer, personInput({ lastName: 'Broken' }));
    await officer.request('PUT', '/api/goaml/settings', { reportingEntityId: 5, branch: '' });
    const [report] = (await officer.get(`/api/goaml/reports?subjectId=${profileId}`)).body.items;
    const broken = { ...GENERIC_GOAML_501_MAPPING, reportCodes: { sar: 'SUSP', str: 'STR' } };
    const up = await admin.post('/api/admin/goaml/profiles', {
      name: 'Broken mapping',
      xsdFilename: 'goAMLSchema.xsd',
      xsd: readFileSync(genericXsd, 'utf8'),
      mapping: broken,
    });
    expect(up.status).toBe(201);
    const refused = await download(officer, report.id);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('goaml_report_invalid');
    expect(refused.body.details).toEqual([
      {
        field: 'report/report_code',
        code: 'not-in-list',
        message:
          "« report_code » : le code « SUSP » n'est pas accepté par le schéma. La table de codes du profil de schéma doit être corrigée.",
      },
    ]);
    const files = await t.database.db
      .select()
      .from(goamlReportFiles)
      .where(eq(goamlReportFiles.reportId, report.id));
    expect(files).toHaveLength(0);
    expect((await officer.get(`/api/goaml/reports/${report.id}`)).body.state).toEqual({ status: 'draft' });
    await admin.post('/api/admin/goaml/active-profile', { profileId: null });
    expect((await download(officer, report.id)).status).toBe(200);
  });

  it('refuses an XSD that does not compile and an incomplete mapping', async () => {
    const bad = await admin.post('/api/admin/goaml/profiles', {
      name: 'x',
      xsdFilename: 'x.xsd',
      xsd: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:element name="a" type="nope"/></xs:schema>',
      mapping: GENERIC_GOAML_501_MAPPING,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('goaml_profile_invalid');
    const { reportCodes: _r, ...incomplete } = GENERIC_GOAML_501_MAPPING;
    const missing = await admin.post('/api/admin/goaml/profiles', {
      name: 'x',
      xsdFilename: 'x.xsd',
      xsd: readFileSync(genericXsd, 'utf8'),
      mapping: incomplete,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.details[0].field).toBe('mapping.reportCodes');
    const items = (await admin.get('/api/admin/goaml/profiles')).body.items;
    expect(items.map((p: { name: string }) => p.name)).not.toContain('x');
  });
});

describe('access', () => {
  it('refuses every goAML route to a collaborator (403), whatever the report', async () => {
    const { collaborator, officer } = await agency();
    const { profileId } = await reportedProfile(collaborator, officer, personInput({ lastName: 'Secret' }));
    const [report] = (await officer.get(`/api/goaml/reports?subjectId=${profileId}`)).body.items;
    // The employee's own personal reports (/api/goaml/personal-reports) are theirs: tested with that report.
    const routes = t.app.routeTable.filter(
      (r) => r.url.startsWith('/api/goaml') && !r.url.startsWith('/api/goaml/personal-reports'),
    );
    expect(routes.length).toBeGreaterThanOrEqual(9);
    for (const route of routes) {
      const url = route.url.replace(':goamlReportId', report.id);
      const res = await collaborator.request(
        route.method as 'GET',
        url,
        route.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${route.method} ${route.url}`).toBe(403);
    }
    const adminRoutes = t.app.routeTable.filter((r) => r.url.startsWith('/api/admin/goaml'));
    for (const route of adminRoutes) {
      const res = await officer.request(
        route.method as 'GET',
        route.url,
        route.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${route.method} ${route.url}`).toBe(403);
    }
  });
});
