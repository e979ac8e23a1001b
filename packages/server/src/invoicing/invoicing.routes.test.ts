import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../test/harness.ts';
import { issueInvoiceForMonth } from '../../test/invoicing-fixtures.ts';
import { users } from '../accounts/accounts.schema.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';

let t: TTestApp;
let admin: TestClient;
let manager: TestClient;
let managerUserId: string;
let collaborator: TestClient;
let invoiceId: string;
let month: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = (await createSignedInUser(t)).client;
  const a = await createAgency(t, { name: 'Immo Gent' });
  const managerMember = await a.addMember({ isManager: true, toolRole: 'collaborator' });
  manager = managerMember.client;
  managerUserId = managerMember.user.id;
  collaborator = (await a.addMember({ toolRole: 'collaborator' })).client;
  const invoice = await issueInvoiceForMonth(t, a.organisation.id, {
    topUpCents: 10_000,
    topUpProduct: 'top_up_transfer',
  });
  invoiceId = invoice.id;
  month = invoice.issueDate.slice(0, 7);
});
afterAll(() => t.close());

describe('invoices of an organisation', { timeout: 120_000 }, () => {
  it('lists the invoices with their status for a manager, and refuses a collaborator', async () => {
    const res = await manager.get('/api/invoices');
    expect(res.status).toBe(200);
    expect(res.body.invoices).toHaveLength(1);
    expect(res.body.invoices[0]).toMatchObject({
      kind: 'invoice',
      grossCents: 2299,
      delivery: { status: 'to_send' },
    });
    const refused = await collaborator.get('/api/invoices');
    expect(refused.status).toBe(403);
    expect((await collaborator.get(`/api/invoices/${invoiceId}/invoice.pdf`)).status).toBe(403);
  });

  it('downloads the PDF in the reader language and the UBL as issued', async () => {
    // The account's language decides (the web app saves it when the user switches).
    await t.database.db.update(users).set({ language: 'nl' }).where(eq(users.id, managerUserId));
    const pdf = await manager.get(`/api/invoices/${invoiceId}/invoice.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toContain('-nl.pdf');
    expect(String(pdf.body).startsWith('%PDF')).toBe(true);
    const ubl = await manager.get(`/api/invoices/${invoiceId}/ubl.xml`);
    expect(ubl.status).toBe(200);
    expect(String(ubl.body)).toContain('urn:fdc:peppol.eu:2017:poacc:billing:3.0');
    expect((await manager.get('/api/invoices/not-a-uuid/ubl.xml')).status).toBe(400);
  });
});

describe('operator view', { timeout: 120_000 }, () => {
  it('shows a month: documents, organisations billed, totals per VAT rate, and exports CSV', async () => {
    const res = await admin.get(`/api/admin/invoices?month=${month}`);
    expect(res.status).toBe(200);
    expect(res.body.organisationsBilled).toBe(1);
    expect(res.body.vatTotals).toEqual([{ vatRateBasisPoints: 2100, taxableCents: 1900, vatCents: 399 }]);
    expect(res.body.failures).toEqual([]);
    const csv = await admin.get(`/api/admin/invoices.csv?month=${month}`);
    expect(csv.status).toBe(200);
    expect(String(csv.body).split('\r\n')[1]).toMatch(
      /^VIG-\d{6},invoice,.*"Immo Gent".*,21,19\.00,3\.99,22\.99$/,
    );
    expect((await admin.get('/api/admin/invoices?month=2026-13')).status).toBe(400);
    expect((await manager.get(`/api/admin/invoices?month=${month}`)).status).toBe(403);
  });

  it('queues the run of a finished period and refuses one that is not over', async () => {
    const res = await admin.post('/api/admin/invoice-runs', { day: brusselsDay(new Date()) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation_failed');
    const queued = await admin.post('/api/admin/invoice-runs', { day: '2020-01-15' });
    expect(queued.status).toBe(202);
    expect(queued.body).toEqual({ periodKey: '2020-01', queued: true });
  });

  it('issues a credit note for a line once, with a translated refusal the second time', async () => {
    const detail = await admin.get(`/api/admin/invoices/${invoiceId}`);
    expect(detail.status).toBe(200);
    const lineId = detail.body.lines[0].id as string;
    const created = await admin.post(`/api/admin/invoices/${invoiceId}/credit-notes`, { lineIds: [lineId] });
    expect(created.status).toBe(201);
    expect(created.body.number).toMatch(/^VIG-\d{6}$/);
    const again = await admin.post(`/api/admin/invoices/${invoiceId}/credit-notes`, { lineIds: [lineId] });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('invoice_line_not_creditable');
    expect(again.body.message).not.toContain('invoice_line_not_creditable');
    expect((await admin.post(`/api/admin/invoices/${invoiceId}/credit-notes`, { lineIds: [] })).status).toBe(
      400,
    );
    const after = await admin.get(`/api/admin/invoices/${invoiceId}`);
    expect(after.body.lines[0].credited).toBe(true);
    const list = await manager.get('/api/invoices');
    expect(list.body.invoices.map((i: { kind: string }) => i.kind)).toEqual(['credit_note', 'invoice']);
  });
});
