import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { issueInvoiceForMonth } from '../../test/invoicing-fixtures.ts';
import { startSmtpServer } from '../../test/smtp.ts';
import { emailPendingInvoices } from './deliver-invoices.ts';
import { invoiceDeliveries } from './invoicing.schema.ts';

let t: TTestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('default mode: invoices e-mailed as PDF + UBL', { timeout: 120_000 }, () => {
  it('mails each new document once to the managers, attachments included, and leaves it "to send"', async () => {
    const a = await createAgency(t, { name: 'Immo Namur' });
    const manager = await a.addMember({ isManager: true, toolRole: 'officer' });
    const invoice = await issueInvoiceForMonth(t, a.organisation.id);
    const before = smtp.mails.length;

    expect(await emailPendingInvoices(t.app.ctx)).toBe(1);
    expect(await emailPendingInvoices(t.app.ctx)).toBe(0);
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([manager.user.email]);
    const raw = mails[0]!.raw.replace(/=\r?\n/g, '');
    expect(raw).toContain(`${invoice.number}-fr.pdf`);
    expect(raw).toContain(`${invoice.number}.xml`);
    expect(raw).toMatch(/Content-Type: application\/pdf/i);
    const [delivery] = await t.database.db
      .select()
      .from(invoiceDeliveries)
      .where(eq(invoiceDeliveries.invoiceId, invoice.id));
    expect(delivery).toMatchObject({ channel: 'email', status: 'to_send', lastError: null });
    expect(delivery!.emailedAt).toBeInstanceOf(Date);
  });
});
