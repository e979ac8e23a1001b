import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { and, desc, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser } from '../../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/harness.ts';
import {
  acceptedContact,
  attachPdf,
  completedTransaction,
  recordsAgency,
} from '../../../test/records-fixtures.ts';
import { auditEvents } from '../../audit/audit.schema.ts';
import { runRetention } from '../retention-job.ts';
import { recordsExportJsonSchema, ZRecordsExport } from './export-format.ts';

let t: TTestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createSignedInUser(t);
});
afterAll(() => t.close());

const today = new Date().toISOString().slice(0, 10);
// Export periods are Belgian calendar days (export.service.ts): between 23:00 and midnight UTC, the events
// just written fall on the next Brussels day.
const belgianToday = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' });
const documentedSchema = new URL('../../../../../docs/records-export.schema.json', import.meta.url).pathname;

/** Downloads an export as the browser does and unzips it into a fresh folder. */
async function download(client: TestClient, url: string) {
  const res = await t.app.inject({
    method: 'GET',
    url,
    headers: { cookie: client.cookieHeader() },
    remoteAddress: client.ip,
  });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toBe('application/zip');
  const entries = unzipSync(new Uint8Array(res.rawPayload));
  const folder = mkdtempSync(join(tmpdir(), 'vigilo-export-'));
  for (const [name, bytes] of Object.entries(entries)) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), bytes);
  }
  const records = JSON.parse(readFileSync(join(folder, 'records.json'), 'utf8'));
  return { folder, entries, records };
}

/** The documented script, run as an inspector would: `node verify-export.mjs <folder>`. */
function runVerifier(folder: string): { code: number; output: string } {
  try {
    const output = execFileSync('node', [join(folder, 'verify-export.mjs'), folder], {
      stdio: 'pipe',
    }).toString();
    return { code: 0, output };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer };
    return { code: e.status, output: e.stderr.toString() };
  }
}

describe('supervisor export', () => {
  it('exports a contact: JSON valid against its documented schema, chain verified offline, documents matching, export audited', async () => {
    const { agency, officer, collaborator } = await recordsAgency(t);
    const c = collaborator.client;
    const buyer = await acceptedContact(
      c,
      { lastName: 'Exportmans', firstNames: 'Lieve', idNumber: 'NL4400110' },
      'buyer',
    );
    const seller = await acceptedContact(
      c,
      { lastName: 'Verkopers', firstNames: 'Jens', idNumber: 'NJ4400220' },
      'seller',
    );
    const doc = await attachPdf(
      t,
      { userId: collaborator.user.id, organisationId: agency.organisation.id },
      buyer.id,
      'ID Lieve',
    );
    const deal = await completedTransaction(c, 'VK-EXP-1', seller.id, buyer.id);

    const { folder, entries, records } = await download(
      officer.client,
      `/api/records/exports/contacts/${buyer.id}`,
    );
    expect(Object.keys(entries).sort()).toEqual(
      expect.arrayContaining(['records.json', 'records.schema.json', 'summary.pdf', 'verify-export.mjs']),
    );
    // The schema in the ZIP is the documented one, and the JSON validates against it.
    const schema = JSON.parse(readFileSync(join(folder, 'records.schema.json'), 'utf8'));
    expect(schema).toEqual(JSON.parse(readFileSync(documentedSchema, 'utf8')));
    expect(schema).toEqual(recordsExportJsonSchema());
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    expect(ZRecordsExport.safeParse(records).success).toBe(true);

    expect(records.scope).toEqual({ kind: 'contact', contactId: buyer.id });
    expect(records.contacts.map((x: { id: string }) => x.id)).toEqual([buyer.id]);
    expect(records.contacts[0].versions[0].data.lastName).toBe('Exportmans');
    expect(records.contacts[0].riskProfiles[0].decision.status).toBe('accepted');
    expect(records.transactions.map((x: { id: string }) => x.id)).toEqual([deal.id]);
    const paths = records.documents.map((d: { id: string; path: string }) => d.id);
    expect(paths).toContain(doc.id);
    expect(records.documents.length).toBe(2); // the identity document and the transaction report

    const verified = runVerifier(folder);
    expect(verified.output).toMatch(/^OK: \d+ audit events chained and hashed, 2 documents match/);
    expect(verified.code).toBe(0);

    // The export is itself audited, and its own event closes the slice in the ZIP.
    const [own] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, agency.organisation.id),
          eq(auditEvents.action, 'records.exported'),
        ),
      )
      .orderBy(desc(auditEvents.id))
      .limit(1);
    expect(own).toMatchObject({ subjectType: 'contact', subjectId: buyer.id, actorUserId: officer.user.id });
    expect(records.audit.headHash).toBe(own!.hash);

    const pdf = await new PDFParse({ data: new Uint8Array(entries['summary.pdf']!) }).getText();
    expect(pdf.text).toContain('EXPORTMANS Lieve');
    expect(pdf.text).toContain('VK-EXP-1');

    // Tampering is caught: a payload, a document.
    const tampered = structuredClone(records);
    const target = tampered.audit.events.find((e: { payload: unknown }) => e.payload !== null);
    target.payload = { ...target.payload, edited: true };
    writeFileSync(join(folder, 'records.json'), JSON.stringify(tampered));
    expect(runVerifier(folder)).toMatchObject({
      code: 1,
      output: expect.stringMatching(/payload does not match/),
    });
    writeFileSync(join(folder, 'records.json'), JSON.stringify(records));
    writeFileSync(join(folder, records.documents[0].path), 'not the document');
    expect(runVerifier(folder)).toMatchObject({
      code: 1,
      output: expect.stringMatching(/SHA-256 does not match/),
    });
  });

  it('exports a transaction and the organisation over a period, redacted events included; collaborators may not', async () => {
    const { officer, collaborator } = await recordsAgency(t);
    const c = collaborator.client;
    const gone = await acceptedContact(
      c,
      { lastName: 'Weggaans', firstNames: 'Pim', idNumber: 'NP7700110' },
      'buyer',
    );
    const buyer = await acceptedContact(
      c,
      { lastName: 'Kopers', firstNames: 'Ine', idNumber: 'NI7700220' },
      'buyer',
    );
    const seller = await acceptedContact(
      c,
      { lastName: 'Verkoop', firstNames: 'Bo', idNumber: 'NB7700330' },
      'seller',
    );
    const deal = await completedTransaction(c, 'VK-EXP-2', seller.id, buyer.id);
    await c.get(`/api/contacts/${gone.id}`);
    // The date read after the contact's last activity: a run that crosses midnight (UTC) must not end the
    // relationship the day before that activity, or the purge rightly resumes it instead.
    const endedOn = new Date().toISOString().slice(0, 10);
    await officer.client.post(`/api/records/contacts/${gone.id}/retention/end`, { endedOn });
    const tenYearsOn = `${Number(endedOn.slice(0, 4)) + 10}-12-31`;
    const purge = await runRetention(t.app.ctx, { today: tenYearsOn });
    expect(purge.outcomes.find((o) => o.contactId === gone.id)?.result).toBe('purged');

    const byDeal = await download(officer.client, `/api/records/exports/transactions/${deal.id}`);
    expect(byDeal.records.transactions[0].reference).toBe('VK-EXP-2');
    expect(byDeal.records.contacts.map((x: { id: string }) => x.id).sort()).toEqual(
      [buyer.id, seller.id].sort(),
    );
    expect(runVerifier(byDeal.folder).code).toBe(0);

    const whole = await download(
      officer.client,
      `/api/records/exports/organisation?from=${belgianToday}&to=${belgianToday}`,
    );
    const redacted = whole.records.audit.events.filter((e: { redactedAt: string | null }) => e.redactedAt);
    expect(redacted.length).toBeGreaterThan(0);
    expect(JSON.stringify(whole.records)).not.toContain('Weggaans');
    expect(runVerifier(whole.folder)).toMatchObject({ code: 0 });

    const refused = await c.get(`/api/records/exports/contacts/${buyer.id}`);
    expect(refused.status).toBe(403);
    const badPeriod = await officer.client.get(
      `/api/records/exports/organisation?from=${today}&to=2000-01-01`,
    );
    expect(badPeriod.status).toBe(400);
  });
});
