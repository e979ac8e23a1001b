import { randomUUID } from 'node:crypto';
import { periodContaining } from '@vigilo/domain/invoicing/index.ts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { startTestAccessPoint } from '../../test/peppol-access-point.ts';
import { appendMovement, lockWallet } from '../wallet/wallet-ledger.ts';
import { deliverPendingInvoices } from './deliver-invoices.ts';
import { invoiceDeliveries } from './invoicing.schema.ts';
import { adminMonth } from './invoicing.service.ts';
import { brusselsDay, issueInvoiceForOrganisation } from './issue-invoices.ts';
import { checkUblStructure } from './ubl-structure.ts';

let t: TTestApp;
let accessPoint: Awaited<ReturnType<typeof startTestAccessPoint>>;
beforeAll(async () => {
  accessPoint = await startTestAccessPoint('ap-key');
  t = await createTestApp({ PEPPOL_ACCESS_POINT_URL: accessPoint.url, PEPPOL_ACCESS_POINT_KEY: 'ap-key' });
});
afterAll(async () => {
  await t.close();
  await accessPoint.close();
});

async function invoicedAgency() {
  const a = await createAgency(t);
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
  return { organisation: a.organisation, invoice: issued.invoice };
}

describe('sending through a Peppol access point', () => {
  it('submits the UBL to the receiver 0208:<enterprise number> once, and records failures with the reason', async () => {
    const ok = await invoicedAgency();
    const refused = await invoicedAgency();
    accessPoint.refuse(`0208:${refused.organisation.enterpriseNumber}`);

    expect(await deliverPendingInvoices(t.app.ctx)).toEqual({ sent: 1, failed: 1 });
    expect(accessPoint.received).toHaveLength(1);
    const [document] = accessPoint.received;
    expect(document!.headers['x-peppol-receiver']).toBe(
      `iso6523-actorid-upis::0208:${ok.organisation.enterpriseNumber}`,
    );
    expect(document!.body).toBe(ok.invoice.ublXml);
    expect(checkUblStructure(document!.body).errors).toEqual([]);

    const delivery = async (invoiceId: string) =>
      (
        await t.database.db.select().from(invoiceDeliveries).where(eq(invoiceDeliveries.invoiceId, invoiceId))
      )[0]!;
    expect(await delivery(ok.invoice.id)).toMatchObject({ channel: 'peppol', status: 'sent', attempts: 1 });
    expect(await delivery(refused.invoice.id)).toMatchObject({ status: 'failed', attempts: 1 });
    expect((await delivery(refused.invoice.id)).lastError).toContain('receiver not registered');

    const month = await adminMonth(t.app.ctx, ok.invoice.issueDate.slice(0, 7));
    expect(month.failures.map((f) => f.id)).toEqual([refused.invoice.id]);

    // A second pass sends nothing twice; the failed one is retried (and refused again).
    expect(await deliverPendingInvoices(t.app.ctx)).toEqual({ sent: 0, failed: 1 });
    expect(accessPoint.received).toHaveLength(1);
  });
});
