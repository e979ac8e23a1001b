import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser, defaultPassword, tableCounts } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { sessions } from '../accounts/accounts.schema.ts';
import { auditEvents } from '../audit/audit.schema.ts';
import { contacts, contactVersions } from '../contacts/contacts.schema.ts';
import { documentBlobs, documents } from './documents.schema.ts';
import { storeDocument } from './documents.service.ts';
import { sampleDocx, sampleExe, samplePdf, samplePng } from './sample-documents.fixture.ts';

type TMember = Awaited<ReturnType<Awaited<ReturnType<typeof createAgency>>['addMember']>>;

type TDownloader = (documentId: string) => Promise<LightMyRequestResponse>;

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A contact row and its first version, written directly: these tests are about documents, not contacts. */
async function insertContact(t: TTestApp, organisationId: string, lastName: string): Promise<string> {
  const [contact] = await t.database.db
    .insert(contacts)
    .values({
      organisationId,
      kind: 'person',
      displayName: `${lastName.toUpperCase()} Marie`,
      searchText: `${lastName.toLowerCase()} marie`,
      sortName: `${lastName.toLowerCase()} marie`,
    })
    .returning();
  await t.database.db.insert(contactVersions).values({
    contactId: contact!.id,
    organisationId,
    versionNo: 1,
    data: { kind: 'person', lastName, firstNames: 'Marie' },
  });
  return contact!.id;
}

/** A multipart/form-data body as a browser sends it. */
function multipart(
  fields: Record<string, string>,
  file?: { filename: string; bytes: Buffer; type?: string },
) {
  const boundary = `----vigilo${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

function upload(
  client: TestClient,
  subjectId: string,
  file: { filename: string; bytes: Buffer },
  purpose = 'identity',
) {
  const { body, headers } = multipart({ subjectType: 'contact', subjectId, purpose }, file);
  return client.post('/api/documents', body, headers);
}

/**
 * A second session of the member, kept outside the test client so that downloads are read as raw bytes
 * (the test client decodes bodies as text).
 */
async function rawDownloader(t: TTestApp, member: TMember, organisationId: string): Promise<TDownloader> {
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: member.user.username, password: defaultPassword },
  });
  const token = login.cookies.find((c) => c.name === 'vigilo_session')!.value;
  await t.database.db
    .update(sessions)
    .set({ activeOrganisationId: organisationId })
    .where(eq(sessions.userId, member.user.id));
  return (documentId: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/documents/${documentId}/download`,
      headers: { cookie: `vigilo_session=${token}` },
    });
}

describe('documents in the database store', () => {
  let t: TTestApp;
  let a: Awaited<ReturnType<typeof createAgency>>;
  let collaborator: TMember;
  let outsider: TMember;
  let contactA: string;
  let contactB: string;
  let download: TDownloader;
  let outsiderDownload: TDownloader;

  beforeAll(async () => {
    // 0.05 MB: the size limit is exercised without megabytes of test data.
    t = await createTestApp({ MAX_UPLOAD_MB: '0.05' });
    await createSignedInUser(t); // platform administrator
    a = await createAgency(t);
    collaborator = await a.addMember({ toolRole: 'collaborator' });
    const b = await createAgency(t);
    outsider = await b.addMember({ toolRole: 'officer' });
    contactA = await insertContact(t, a.organisation.id, 'Dubois');
    contactB = await insertContact(t, b.organisation.id, 'Janssens');
    download = await rawDownloader(t, collaborator, a.organisation.id);
    outsiderDownload = await rawDownloader(t, outsider, b.organisation.id);
  });
  afterAll(() => t.close());

  it('stores a PDF with its SHA-256, audits the upload, lists it and downloads the same bytes', async () => {
    const bytes = samplePdf('Carte identite Dubois');
    const res = await upload(collaborator.client, contactA, { filename: "Carte d'identité.pdf", bytes });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      subjectType: 'contact',
      subjectId: contactA,
      purpose: 'identity',
      filename: "Carte d'identité.pdf",
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: sha256(bytes),
      uploadedBy: collaborator.user.id,
      uploadedByName: `${collaborator.user.firstName} ${collaborator.user.lastName}`,
    });
    const [row] = await t.database.db.select().from(documents).where(eq(documents.id, res.body.id));
    expect(row).toMatchObject({
      sha256: sha256(bytes),
      storage: 'database',
      organisationId: a.organisation.id,
    });
    const [blob] = await t.database.db
      .select()
      .from(documentBlobs)
      .where(eq(documentBlobs.key, row!.storageKey));
    expect(sha256(Buffer.from(blob!.content))).toBe(sha256(bytes));
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.uploaded'), eq(auditEvents.subjectId, res.body.id)));
    expect(audit).toMatchObject({ organisationId: a.organisation.id, actorUserId: collaborator.user.id });
    expect(audit!.payload).toMatchObject({ sha256: sha256(bytes), subjectId: contactA, source: 'upload' });

    const list = await collaborator.client.get(`/api/documents?subjectType=contact&subjectId=${contactA}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(res.body.id);

    const downloaded = await download(res.body.id);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(bytes)).toBe(true);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['content-disposition']).toBe(
      `attachment; filename="Carte d'identite.pdf"; filename*=UTF-8''Carte%20d%27identit%C3%A9.pdf`,
    );
    const downloads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'document.downloaded'), eq(auditEvents.subjectId, res.body.id)));
    expect(downloads).toHaveLength(1);
  });

  it('accepts a DOCX and gives it back byte for byte', async () => {
    const bytes = sampleDocx();
    const res = await upload(
      collaborator.client,
      contactA,
      { filename: 'registre UBO.docx', bytes },
      'ubo_register',
    );
    expect(res.status).toBe(201);
    expect(res.body.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await download(res.body.id)).rawPayload.equals(bytes)).toBe(true);
  });

  it.each([
    ['a PNG renamed .pdf', 'scan.pdf', samplePng(), 415, 'document_type_not_allowed'],
    ['an executable renamed .docx', 'contrat.docx', sampleExe(), 415, 'document_type_not_allowed'],
    ['a PDF named .docx', 'contrat.docx', samplePdf(), 415, 'document_type_not_allowed'],
    ['an empty file', 'vide.pdf', Buffer.alloc(0), 400, 'document_empty'],
    [
      'a file above MAX_UPLOAD_MB',
      'gros.pdf',
      Buffer.concat([samplePdf(), Buffer.alloc(60_000)]),
      413,
      'document_too_large',
    ],
  ])('refuses %s and writes nothing', async (_, filename, bytes, status, code) => {
    const before = await tableCounts(t.database.db);
    const res = await upload(collaborator.client, contactA, { filename, bytes });
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.details?.[0]?.field).toBe('file');
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it('refuses a request without file, with a bad field, or not multipart', async () => {
    const before = await tableCounts(t.database.db);
    const noFile = multipart({ subjectType: 'contact', subjectId: contactA });
    const missing = await collaborator.client.post('/api/documents', noFile.body, noFile.headers);
    expect(missing.body).toMatchObject({ code: 'validation_failed', details: [{ field: 'file' }] });
    const badPurpose = multipart(
      { subjectType: 'contact', subjectId: contactA, purpose: 'selfie' },
      { filename: 'a.pdf', bytes: samplePdf() },
    );
    const wrong = await collaborator.client.post('/api/documents', badPurpose.body, badPurpose.headers);
    expect(wrong.body).toMatchObject({ code: 'validation_failed', details: [{ field: 'purpose' }] });
    const json = await collaborator.client.post('/api/documents', {
      subjectType: 'contact',
      subjectId: contactA,
    });
    expect(json.status).toBe(415);
    expect(await tableCounts(t.database.db)).toEqual(before);
  });

  it("hides another organisation's documents and contacts (404), writing nothing", async () => {
    const bytes = samplePdf();
    const mine = await upload(collaborator.client, contactA, { filename: 'a.pdf', bytes });
    const before = await tableCounts(t.database.db);
    const foreign = await outsiderDownload(mine.body.id);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.rawPayload.includes(bytes)).toBe(false);
    const toForeign = await upload(outsider.client, contactA, { filename: 'a.pdf', bytes });
    expect(toForeign.status).toBe(404);
    const list = await outsider.client.get(`/api/documents?subjectType=contact&subjectId=${contactA}`);
    expect(list.status).toBe(404);
    expect(await tableCounts(t.database.db)).toEqual(before);
    // …while the outsider's own contact works as usual.
    expect((await upload(outsider.client, contactB, { filename: 'b.pdf', bytes })).status).toBe(201);
  });

  it('never serves bytes that no longer match the recorded SHA-256', async () => {
    const res = await upload(collaborator.client, contactA, {
      filename: 'x.pdf',
      bytes: samplePdf('original'),
    });
    const [row] = await t.database.db.select().from(documents).where(eq(documents.id, res.body.id));
    await t.database.db
      .update(documentBlobs)
      .set({ content: samplePdf('tampered') })
      .where(eq(documentBlobs.key, row!.storageKey));
    const refused = await download(res.body.id);
    expect(refused.statusCode).toBe(500);
    expect(refused.json().code).toBe('internal_error');
  });
});

describe('storeDocument, for files Vigilo generates', () => {
  let t: TTestApp;
  let actor: { userId: string; organisationId: string; ip: string | null };
  let contact: string;

  beforeAll(async () => {
    t = await createTestApp();
    await createSignedInUser(t);
    const a = await createAgency(t);
    const member = await a.addMember({ toolRole: 'officer' });
    actor = { userId: member.user.id, organisationId: a.organisation.id, ip: null };
    contact = await insertContact(t, a.organisation.id, 'Lambert');
  });
  afterAll(() => t.close());

  const generated = { subjectType: 'contact', purpose: 'other', source: 'generated' } as const;

  it("stores within the caller's transaction and is audited as generated", async () => {
    const bytes = samplePdf('acceptance');
    const stored = await t.database.db.transaction((tx) =>
      storeDocument(tx, t.app.ctx, actor, {
        ...generated,
        subjectId: contact,
        filename: 'acceptation',
        bytes,
      }),
    );
    expect(stored).toMatchObject({ filename: 'acceptation.pdf', sha256: sha256(bytes), subjectId: contact });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, stored.id));
    expect(audit?.payload).toMatchObject({ source: 'generated' });
  });

  it('rolls back with the caller, and refuses a subject of another organisation', async () => {
    const before = await tableCounts(t.database.db);
    await expect(
      t.database.db.transaction(async (tx) => {
        await storeDocument(tx, t.app.ctx, actor, {
          ...generated,
          subjectId: contact,
          filename: 'a.pdf',
          bytes: samplePdf(),
        });
        throw new Error('the caller fails after storing');
      }),
    ).rejects.toThrow('the caller fails');
    const foreign = { ...actor, organisationId: (await createAgency(t)).organisation.id };
    const countsAfterAgency = await tableCounts(t.database.db);
    await expect(
      t.database.db.transaction((tx) =>
        storeDocument(tx, t.app.ctx, foreign, {
          ...generated,
          subjectId: contact,
          filename: 'a.pdf',
          bytes: samplePdf(),
        }),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect((await tableCounts(t.database.db)).documents).toBe(before.documents);
    expect(await tableCounts(t.database.db)).toEqual(countsAfterAgency);
  });
});

describe('documents in the local directory store', () => {
  let t: TTestApp;

  beforeAll(async () => {
    t = await createTestApp({ DOCUMENT_STORAGE: 'local' });
    await createSignedInUser(t);
  });
  afterAll(() => t.close());

  it('writes the bytes under DATA_DIR/documents/<organisation>/<document>, not in the database', async () => {
    const a = await createAgency(t);
    const member = await a.addMember({ toolRole: 'collaborator' });
    const contact = await insertContact(t, a.organisation.id, 'Peeters');
    // Above Fastify's 1 MB JSON body limit, below the default 20 MB document limit.
    const bytes = Buffer.concat([samplePdf(), randomBytes(2_000_000)]);
    const res = await upload(member.client, contact, { filename: 'akte.pdf', bytes }, 'statutes');
    expect(res.status).toBe(201);
    const path = join(t.app.ctx.config.dataDir, 'documents', a.organisation.id, res.body.id);
    expect(existsSync(path)).toBe(true);
    expect(sha256(readFileSync(path))).toBe(res.body.sha256);
    expect(await t.database.db.select().from(documentBlobs)).toHaveLength(0);
    const downloaded = await (await rawDownloader(t, member, a.organisation.id))(res.body.id);
    expect(downloaded.statusCode).toBe(200);
    expect(downloaded.rawPayload.equals(bytes)).toBe(true);
  });
});
