import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import { issueInvoiceForMonth } from '../../test/invoicing-fixtures.ts';
import { startTestAccessPoint } from '../../test/peppol-access-point.ts';
import { deliverPendingInvoices } from './deliver-invoices.ts';
import { invoiceDeliveries } from './invoicing.schema.ts';
import { adminMonth } from './invoicing.service.ts';
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
  return { organisation: a.organisation, invoice: await issueInvoiceForMonth(t, a.organisation.id) };
}

describe('sending through a Peppol access point', { timeout: 120_000 }, () => {
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
