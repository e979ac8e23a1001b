import { readFileSync } from 'node:fs';
import { proposeMapping } from '@vigilo/domain/contacts/contact-import.ts';
import { and, eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKeyClient } from '../../test/api-key-client.ts';
import { entityInput, personInput } from '../../test/contact-fixtures.ts';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import { contactImportRows } from './contact-imports.schema.ts';
import { processImportChunk } from './contact-imports.service.ts';

let t: TTestApp;
let collaborator: TestClient;
let officer: TestClient;
let organisationId: string;
let otherTenant: TestClient;

const header =
  'Type;Nom;Prénom;Date de naissance;Lieu de naissance;Nationalité;Numéro national;Adresse;Code postal;Localité;Pays;Type de document;Numéro de carte;Date d’expiration;Mode d’identification;Dénomination;Numéro d’entreprise';
const person = (
  last: string,
  first: string,
  birth: string,
  nn: string,
  extra: Partial<{ doc: string }> = {},
) =>
  `personne;${last};${first};${birth};Gent;BE;${nn};Kouter 1;9000;Gent;BE;eid;${extra.doc ?? '592-1234567-89'};01/01/2031;face_to_face;;`;
const entity = (name: string, number: string) =>
  `société;;;;;;;Rue Neuve 1;1000;Bruxelles;BE;;;;;${name};${number}`;

beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
  const agency = await createAgency(t);
  organisationId = agency.organisation.id;
  collaborator = (await agency.addMember({ toolRole: 'collaborator' })).client;
  officer = (await agency.addMember({ toolRole: 'officer' })).client;
  otherTenant = (await (await createAgency(t, { name: 'Autre' })).addMember({ toolRole: 'officer' })).client;
  // A watch list, so that an imported contact has a screening hit (M4).
  const watchlist = readFileSync(new URL('../../test/fixtures/lists/watchlist.csv', import.meta.url), 'utf8');
  const listed = await t.app.inject({
    method: 'POST',
    url: '/api/screening/watchlist',
    headers: {
      cookie: officer.cookieHeader(),
      'x-csrf-token': officer.csrfToken!,
      'content-type': 'multipart/form-data; boundary=XYZ',
    },
    remoteAddress: officer.ip,
    payload: `--XYZ\r\nContent-Disposition: form-data; name="file"; filename="w.csv"\r\nContent-Type: text/csv\r\n\r\n${watchlist}\r\n--XYZ--\r\n`,
  });
  expect(listed.statusCode).toBe(201);
  await t.app.jobs.drain();
}, 120_000);
afterAll(() => t.close());

function multipartFile(content: string | Uint8Array, filename: string): Buffer {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  return Buffer.concat([
    Buffer.from(
      `--B0\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    bytes,
    Buffer.from('\r\n--B0--\r\n'),
  ]);
}

async function upload(client: TestClient, content: string | Uint8Array, filename = 'clients.csv') {
  const body = multipartFile(content, filename);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/contact-imports',
    headers: {
      cookie: client.cookieHeader(),
      'x-csrf-token': client.csrfToken!,
      'content-type': 'multipart/form-data; boundary=B0',
      'accept-language': client.lang,
    },
    remoteAddress: client.ip,
    payload: body,
  });
  return { status: res.statusCode, body: res.json() };
}

const importAudit = (importId: string) =>
  t.database.db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisationId), eq(auditEvents.subjectId, importId)));

describe('column mapping', () => {
  it('proposes a field for French, Dutch and English headers, longest synonym first', () => {
    expect(
      proposeMapping([
        'Achternaam',
        'Voornaam',
        'Geboortedatum',
        'Rijksregisternummer',
        'Ondernemingsnummer',
      ]),
    ).toEqual({
      Achternaam: 'lastName',
      Voornaam: 'firstNames',
      Geboortedatum: 'birthDate',
      Rijksregisternummer: 'nationalNumber',
      Ondernemingsnummer: 'enterpriseNumber',
    });
    const fr = proposeMapping(['Nom', 'Numéro national', 'Date de naissance', 'Couleur préférée']);
    expect(fr).toEqual({
      Nom: 'lastName',
      'Numéro national': 'nationalNumber',
      'Date de naissance': 'birthDate',
      'Couleur préférée': null,
    });
    expect(
      proposeMapping(['Last name', 'First name', 'Date of birth', 'Company name', 'VAT number']),
    ).toEqual({
      'Last name': 'lastName',
      'First name': 'firstNames',
      'Date of birth': 'birthDate',
      'Company name': 'entityName',
      'VAT number': 'enterpriseNumber',
    });
  });

  it('reads a semicolon CSV, proposes the mapping and lets the user change it', async () => {
    const csv = `${header}\n${person('Peeters', 'Jan', '30/07/1985', '85.07.30-001.60')}\n`;
    const res = await upload(collaborator, csv);
    expect(res.status).toBe(201);
    expect(res.body.import.totalRows).toBe(1);
    expect(res.body.import.mapping).toMatchObject({
      Type: 'kind',
      Nom: 'lastName',
      Prénom: 'firstNames',
      'Numéro national': 'nationalNumber',
      'Numéro d’entreprise': 'enterpriseNumber',
      'Numéro de carte': 'idDocumentNumber',
    });
    const id = res.body.import.id as string;
    const changed = await collaborator.request('PUT', `/api/contact-imports/${id}/mapping`, {
      mapping: { ...res.body.import.mapping, 'Lieu de naissance': null },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.mapping['Lieu de naissance']).toBeNull();
    const preview = (await collaborator.get(`/api/contact-imports/${id}/preview`)).body;
    expect(preview.invalidRows).toBe(1);
    // Another agency does not even see that the import exists.
    expect((await otherTenant.get(`/api/contact-imports/${id}`)).status).toBe(404);
    expect((await collaborator.post(`/api/contact-imports/${id}/cancel`)).status).toBe(200);
    expect((await importAudit(id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['contact_import.uploaded', 'contact_import.cancelled']),
    );
    const rows = await t.database.db
      .select()
      .from(contactImportRows)
      .where(eq(contactImportRows.importId, id));
    expect(rows).toEqual([]);
  });

  it('reads the first sheet of an XLSX workbook (shared strings and date serials)', async () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>
<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="inlineStr"><is><t>Anna</t></is></c><c r="C2"><v>31258</v></c></row>
</sheetData></worksheet>`;
    const strings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Nom</t></si><si><t>Prénom</t></si><si><t>Date de naissance</t></si><si><t>Claes</t></si></sst>`;
    const xlsx = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(sheet),
      'xl/sharedStrings.xml': strToU8(strings),
    });
    const res = await upload(collaborator, xlsx, 'clients.xlsx');
    expect(res.status).toBe(201);
    expect(res.body.import.format).toBe('xlsx');
    const preview = (await collaborator.get(`/api/contact-imports/${res.body.import.id}/preview`)).body;
    expect(preview.rows[0].cells).toEqual({ Nom: 'Claes', Prénom: 'Anna', 'Date de naissance': '31258' });
    // 31258 days after 30 December 1899: 30 July 1985, accepted as a date (no error on that column).
    expect(preview.rows[0].errors.map((e: { field: string }) => e.field)).not.toContain('birthDate');
  });

  it('refuses a file that is not a spreadsheet, in the user’s language', async () => {
    const res = await upload(collaborator, Buffer.from([0, 1, 2, 3, 0, 0]) as unknown as Uint8Array, 'x.csv');
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('contact_import_malformed');
  });
});

describe('validation, partial acceptance, duplicates, screening', () => {
  it('explains each row error in the reader’s language, naming the file’s column', async () => {
    const csv = `${header}\n${person('Peeters', 'Jan', '30/07/1985', '85073000199')}\n${person('Maes', '', '1985-07-30', '')}\n`;
    const res = await upload(collaborator, csv, 'errors.csv');
    const id = res.body.import.id as string;
    // The language is the reader's account language.
    const previewIn = async (language: string) => {
      expect((await collaborator.patch('/api/accounts/me', { language })).status).toBe(200);
      return (await collaborator.get(`/api/contact-imports/${id}/preview`)).body;
    };
    const nl = await previewIn('nl');
    const en = await previewIn('en');
    const fr = await previewIn('fr');
    expect(fr.invalidRows).toBe(2);
    const messages = (p: typeof fr, row: number) =>
      p.rows[row].errors.map((e: { message: string }) => e.message).join(' | ');
    expect(en.rows[0].errors[0]).toMatchObject({ field: 'nationalNumber', code: 'national_number' });
    expect(messages(en, 0)).toContain('Numéro national: is not a valid Belgian national register number');
    expect(messages(fr, 0)).toContain('Numéro national');
    expect(messages(fr, 0)).not.toEqual(messages(en, 0));
    expect(messages(nl, 0)).not.toEqual(messages(en, 0));
    expect(messages(en, 1)).toContain('Prénom: is required');
    await collaborator.post(`/api/contact-imports/${id}/cancel`);
  });

  it('imports only when the user accepts a partial file, skips duplicates, screens every contact', async () => {
    const known = await collaborator.post('/api/contacts', personInput({ nationalNumber: '85073000358' }));
    expect(known.status).toBe(201);
    await collaborator.post('/api/contacts', entityInput({ enterpriseNumber: '0403.170.701' }));
    const csv = [
      header,
      person('Peeters', 'Jan', '30/07/1985', '85.07.30-001.60'),
      person('Van den Broeck', 'Élodie', '30/07/1985', '85073000358'), // already a contact
      person('Vandenberghe', 'Marc', '12/04/1968', ''), // on the watch list
      person('Maes', '', '1985-07-30', ''), // no first name
      entity('Société Générale Immobilière', '0403170701'), // already a contact
      entity('Immo Nieuw BV', '0202.239.951'),
      person('Peeters', 'Jan', '30/07/1985', '85073000160'), // the same person twice in the file
    ].join('\r\n');
    const res = await upload(collaborator, csv, 'crm.csv');
    const id = res.body.import.id as string;
    const refused = await collaborator.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: false });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('contact_import_has_invalid_rows');

    const started = await collaborator.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: true });
    expect(started.status).toBe(200);
    expect(started.body.status).toBe('queued');
    // Nothing can be changed once started.
    expect((await collaborator.post(`/api/contact-imports/${id}/cancel`)).status).toBe(409);
    await t.app.jobs.drain();

    const done = (await collaborator.get(`/api/contact-imports/${id}`)).body;
    expect(done).toMatchObject({
      status: 'completed',
      processedRows: 7,
      importedRows: 3,
      duplicateRows: 3,
      invalidRows: 1,
      failedRows: 0,
      contactsWithHits: 1,
    });
    expect(done.hitCount).toBeGreaterThanOrEqual(1);
    const rows = (await collaborator.get(`/api/contact-imports/${id}/rows`)).body.rows;
    expect(rows.map((r: { status: string }) => r.status)).toEqual([
      'imported',
      'duplicate',
      'imported',
      'invalid',
      'duplicate',
      'imported',
      'duplicate',
    ]);
    expect(rows[1].contactId).toBe(known.body.id);
    expect(rows[2].hitCount).toBeGreaterThan(0);
    const marc = (await collaborator.get(`/api/contacts/${rows[2].contactId}/screening`)).body.screening;
    expect(marc.hits.map((h: { entryId: string }) => h.entryId)).toContain('W-1');
    // The client data read from the file is erased once the import ends.
    const stored = await t.database.db
      .select()
      .from(contactImportRows)
      .where(eq(contactImportRows.importId, id));
    expect(stored.every((r) => r.cells === null)).toBe(true);
    expect((await importAudit(id)).map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'contact_import.uploaded',
        'contact_import.confirmed',
        'contact_import.completed',
      ]),
    );

    // The same file again: recognised by its SHA-256, nothing imported twice.
    const before = await t.database.db.$count(contacts, eq(contacts.organisationId, organisationId));
    const again = await upload(collaborator, csv, 'crm-copy.csv');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ alreadyUploaded: true, import: { id, status: 'completed' } });
    await t.app.jobs.drain();
    expect(await t.database.db.$count(contacts, eq(contacts.organisationId, organisationId))).toBe(before);
  });

  it('resumes after the last imported row when a job stops midway, without importing a row twice', async () => {
    const csv = [
      header,
      person('Claes', 'Anna', '15/01/1992', '92011500727'),
      person('Wouters', 'Marc', '30/07/1985', '85073000556'),
      person('Jacobs', 'Lies', '30/07/1985', ''),
      person('Mertens', 'Tom', '30/07/1985', ''),
    ].join('\n');
    const res = await upload(officer, csv, 'resume.csv');
    const id = res.body.import.id as string;
    await officer.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: false });
    // A worker that processed two rows and died: the rows it committed stay, the rest waits.
    expect(await processImportChunk(t.app.ctx, id, 2)).toBe('more');
    const midway = (await officer.get(`/api/contact-imports/${id}`)).body;
    expect(midway).toMatchObject({ status: 'running', processedRows: 2, importedRows: 2 });
    const count = () => t.database.db.$count(contacts, eq(contacts.organisationId, organisationId));
    const before = await count();
    // The queued job (its claim expired) runs again from the start of its chunk: rows 1 and 2 are skipped.
    await t.app.jobs.drain();
    const done = (await officer.get(`/api/contact-imports/${id}`)).body;
    expect(done).toMatchObject({ status: 'completed', processedRows: 4, importedRows: 4, duplicateRows: 0 });
    expect(await count()).toBe(before + 2);
    // Running it once more changes nothing.
    expect(await processImportChunk(t.app.ctx, id)).toBe('done');
    expect(await count()).toBe(before + 2);
  });
});

describe('with an organisation API key', () => {
  it('runs a whole import with the contacts:write scope, every contact audited under the key', async () => {
    const { client, key } = await createApiKeyClient(t, officer, ['contacts:write'], { name: 'Whise sync' });
    const csv = [
      header,
      person('Dubois', 'Claire', '30/07/1985', '85073000754'),
      person('Vandenberghe', 'Marc', '12/04/1968', ''), // on the watch list
      person('Lambert', '', '30/07/1985', ''), // no first name
    ].join('\n');
    const uploaded = await client.send(
      'POST',
      '/api/contact-imports',
      multipartFile(csv, 'whise.csv'),
      'multipart/form-data; boundary=B0',
    );
    expect(uploaded.status).toBe(201);
    const id = uploaded.body.import.id as string;
    expect(
      (await client.get('/api/contact-imports')).body.imports.map((i: { id: string }) => i.id),
    ).toContain(id);
    const preview = await client.get(`/api/contact-imports/${id}/preview`);
    expect(preview.body).toMatchObject({ validRows: 2, invalidRows: 1 });
    const mapped = await client.put(`/api/contact-imports/${id}/mapping`, {
      mapping: uploaded.body.import.mapping,
    });
    expect(mapped.status).toBe(200);
    const refused = await client.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: false });
    expect(refused.body.code).toBe('contact_import_has_invalid_rows');
    expect((await client.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: true })).status).toBe(
      200,
    );
    await t.app.jobs.drain();
    const done = (await client.get(`/api/contact-imports/${id}`)).body;
    expect(done).toMatchObject({ status: 'completed', importedRows: 2, invalidRows: 1, contactsWithHits: 1 });
    const rows = (await client.get(`/api/contact-imports/${id}/rows?status=imported`)).body.rows;
    expect(rows).toHaveLength(2);

    const viaKey = { viaApiKey: { id: key.id, name: 'Whise sync' } };
    const importEvents = await t.database.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id));
    expect(importEvents.map((e) => e.action)).toEqual(
      expect.arrayContaining(['contact_import.uploaded', 'contact_import.confirmed']),
    );
    for (const event of importEvents.filter((e) => e.action !== 'contact_import.completed'))
      expect(event.payload, event.action).toMatchObject(viaKey);
    // The contacts the job created (after the request ended) are audited under the key as well.
    for (const row of rows as { contactId: string }[]) {
      const [created] = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'contact.created'), eq(auditEvents.subjectId, row.contactId)));
      expect(created!.payload).toMatchObject(viaKey);
    }
  });

  it('refuses every import operation to a key without contacts:write, and hides other agencies’ imports', async () => {
    const csv = `${header}\n${person('Simon', 'Luc', '30/07/1985', '85073001150')}\n`;
    const mine = await upload(collaborator, csv, 'mine.csv');
    const id = mine.body.import.id as string;
    const { client: reader } = await createApiKeyClient(t, officer, [
      'contacts:read',
      'screening:run',
      'cases:read',
    ]);
    const upload403 = await reader.send(
      'POST',
      '/api/contact-imports',
      multipartFile(`${header}\n${person('Dupont', 'Léa', '30/07/1985', '')}\n`, 'reader.csv'),
      'multipart/form-data; boundary=B0',
    );
    expect(upload403.status).toBe(403);
    expect(upload403.body.code).toBe('api_key_scope_missing');
    expect(upload403.body.message).toContain('contacts:write');
    for (const res of [
      await reader.get('/api/contact-imports'),
      await reader.get(`/api/contact-imports/${id}`),
      await reader.get(`/api/contact-imports/${id}/preview`),
      await reader.get(`/api/contact-imports/${id}/rows`),
      await reader.put(`/api/contact-imports/${id}/mapping`, { mapping: {} }),
      await reader.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: true }),
      await reader.post(`/api/contact-imports/${id}/cancel`),
    ])
      expect(res.body.code).toBe('api_key_scope_missing');
    // Another agency's key, with the scope, does not learn that the import exists.
    const { client: stranger } = await createApiKeyClient(t, otherTenant, ['contacts:write']);
    expect((await stranger.get(`/api/contact-imports/${id}`)).status).toBe(404);
    expect((await stranger.post(`/api/contact-imports/${id}/confirm`, { acceptPartial: true })).status).toBe(
      404,
    );
    expect((await stranger.get('/api/contact-imports')).body.imports).toEqual([]);
    expect((await collaborator.get(`/api/contact-imports/${id}`)).body.status).toBe('mapping');
  });
});
