import { randomUUID } from 'node:crypto';
import { periodContaining } from '@vigilo/domain/invoicing/index.ts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { startSmtpServer } from '../../test/smtp.ts';
import { appendMovement, lockWallet } from '../wallet/wallet-ledger.ts';
import { emailPendingInvoices } from './deliver-invoices.ts';
import { invoiceDeliveries } from './invoicing.schema.ts';
import { brusselsDay, issueInvoiceForOrganisation } from './issue-invoices.ts';

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

describe('default mode: invoices e-mailed as PDF + UBL', () => {
  it('mails each new document once to the managers, attachments included, and leaves it "to send"', async () => {
    const a = await createAgency(t, { name: 'Immo Namur' });
    const manager = await a.addMember({ isManager: true, toolRole: 'officer' });
    await t.database.db.transaction(async (tx) => {
      await lockWallet(tx, a.organisation.id);
      for (const [kind, net, vat] of [
        ['topup', 5000, 0],
        ['debit', -1900, -399],
      ] as const)
        await appendMovement(tx, {
          organisationId: a.organisation.id,
          kind,
          product: kind === 'topup' ? 'top_up_online' : 'transaction_vigilance',
          amountExclVatCents: net,
          vatCents: vat,
          vatRateBasisPoints: vat ? 2100 : 0,
          priceListVersion: vat ? 1 : null,
          reference: 'SALE',
          subjectType: null,
          subjectId: null,
          userId: null,
          idempotencyKey: randomUUID(),
        });
    });
    const issued = await issueInvoiceForOrganisation(
      t.app.ctx,
      a.organisation.id,
      periodContaining(brusselsDay(new Date()), 'monthly'),
    );
    if (issued.kind !== 'issued') throw new Error('expected an invoice');
    const before = smtp.mails.length;

    expect(await emailPendingInvoices(t.app.ctx)).toBe(1);
    expect(await emailPendingInvoices(t.app.ctx)).toBe(0);
    const mails = smtp.mails.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([manager.user.email]);
    const raw = mails[0]!.raw.replace(/=\r?\n/g, '');
    expect(raw).toContain(`${issued.invoice.number}-fr.pdf`);
    expect(raw).toContain(`${issued.invoice.number}.xml`);
    expect(raw).toMatch(/Content-Type: application\/pdf/i);
    const [delivery] = await t.database.db
      .select()
      .from(invoiceDeliveries)
      .where(eq(invoiceDeliveries.invoiceId, issued.invoice.id));
    expect(delivery).toMatchObject({ channel: 'email', status: 'to_send', lastError: null });
    expect(delivery!.emailedAt).toBeInstanceOf(Date);
  });
});
