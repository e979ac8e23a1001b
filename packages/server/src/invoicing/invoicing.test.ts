import { randomUUID } from 'node:crypto';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { businessRules, gapsIn, periodContaining, previousPeriod } from '@vigilo/domain/invoicing/index.ts';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createSignedInUser } from '../../test/factories.ts';
import { createTestApp, type TTestApp } from '../../test/harness.ts';
import type { TActor } from '../http/actor.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { buySubscription } from '../wallet/subscriptions.service.ts';
import { walletMovements } from '../wallet/wallet.schema.ts';
import { chargeVigilanceCalculation, walletBalanceCents } from '../wallet/wallet-charge.ts';
import { appendMovement, lockWallet } from '../wallet/wallet-ledger.ts';
import { issueCreditNote } from './credit-notes.ts';
import { invoicedMovements, invoiceLines, invoices } from './invoicing.schema.ts';
import { queuePeriodRun } from './invoicing-job.ts';
import { issueInvoiceForOrganisation, issuePeriodInvoices } from './issue-invoices.ts';
import { checkUblStructure } from './ubl-structure.ts';
import { validatePeppolUbl } from './ubl-validation.ts';

let t: TTestApp;
let adminId: string;
beforeAll(async () => {
  t = await createTestApp();
  adminId = (await createSignedInUser(t)).user.id;
});
afterAll(() => t.close());

/** The period that contains today: the movements a test writes now belong to it. */
const thisPeriod = () => periodContaining(brusselsDay(new Date()), 'monthly');

async function agency(name?: string) {
  const a = await createAgency(t, name ? { name } : {});
  const manager = await a.addMember({ isManager: true, toolRole: 'officer' });
  const actor: TActor = {
    userId: manager.user.id,
    organisationId: a.organisation.id,
    membershipId: manager.membership.id,
    isManager: true,
    toolRole: 'officer',
    isAllowed: true,
    ip: '127.0.0.1',
  };
  return { ...a, manager, actor };
}

async function topUp(organisationId: string, cents: number) {
  await t.database.db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    await appendMovement(tx, {
      organisationId,
      kind: 'topup',
      product: 'top_up_transfer',
      amountExclVatCents: cents,
      vatCents: 0,
      vatRateBasisPoints: 0,
      priceListVersion: null,
      reference: 'test',
      subjectType: null,
      subjectId: null,
      userId: null,
      idempotencyKey: `test:${randomUUID()}`,
    });
  });
}

/** A vigilance calculation paid from the wallet, written as the charge writes it (no member needed). */
async function debit(organisationId: string) {
  await t.database.db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    await appendMovement(tx, {
      organisationId,
      kind: 'debit',
      product: 'transaction_vigilance',
      amountExclVatCents: -1900,
      vatCents: -399,
      vatRateBasisPoints: 2100,
      priceListVersion: 1,
      reference: 'SALE',
      subjectType: 'transaction',
      subjectId: randomUUID(),
      userId: null,
      idempotencyKey: `vigilance:${randomUUID()}`,
    });
  });
}

function calculate(actor: TActor) {
  return t.database.db.transaction((tx) =>
    chargeVigilanceCalculation(tx, actor, {
      idempotencyKey: randomUUID(),
      transactionId: randomUUID(),
      reference: 'SALE',
    }),
  );
}

async function ledgerOf(organisationId: string) {
  return t.database.db
    .select()
    .from(walletMovements)
    .where(eq(walletMovements.organisationId, organisationId));
}

describe('periodic invoices', { timeout: 120_000 }, () => {
  it('a month of calculations, a subscription and top-ups gives one invoice matching the ledger to the cent; a second run issues nothing', async () => {
    const a = await agency('Agence Facture');
    await topUp(a.organisation.id, 150_000);
    for (let i = 0; i < 3; i += 1) await calculate(a.actor);
    await buySubscription(t.app.ctx, a.actor, { planCode: 'bronze', idempotencyKey: randomUUID() });
    await calculate(a.actor); // covered by the subscription: no money moves, nothing to invoice
    await topUp(a.organisation.id, 5000);

    const first = await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod());
    expect(first.kind).toBe('issued');
    if (first.kind !== 'issued') return;
    const invoice = first.invoice;

    const ledger = await ledgerOf(a.organisation.id);
    const supplies = ledger.filter((m) => m.kind === 'debit' || m.kind === 'subscription_purchase');
    const topUps = ledger.filter((m) => m.kind === 'topup');
    expect(supplies).toHaveLength(4);
    expect(invoice.netCents).toBe(-supplies.reduce((s, m) => s + m.amountExclVatCents, 0));
    expect(invoice.vatCents).toBe(-supplies.reduce((s, m) => s + m.vatCents, 0));
    expect(invoice.grossCents).toBe(-supplies.reduce((s, m) => s + m.amountInclVatCents, 0));
    expect(invoice.netCents).toBe(3 * 1900 + 22_400);
    expect(invoice.vatSubtotals).toEqual([
      { vatRateBasisPoints: 2100, taxableCents: 28_100, vatCents: 3 * 399 + 4704 },
    ]);
    expect(invoice.prepaidCents).toBe(invoice.grossCents);
    expect(invoice.payableCents).toBe(0);
    // Top-ups are payments received, not taxable lines.
    expect(invoice.paymentsReceived.map((p) => p.amountCents).sort()).toEqual([150_000, 5000].sort());
    expect(invoice.customer.name).toBe('Agence Facture');
    expect(invoice.customer.participant).toEqual({ scheme: '0208', id: a.organisation.enterpriseNumber });

    const lines = await t.database.db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, invoice.id));
    expect(lines.map((l) => [l.product, l.quantity, l.netCents, l.priceListVersion]).sort()).toEqual(
      [
        ['subscription_bronze', 1, 22_400, 1],
        ['transaction_vigilance', 3, 5700, 1],
      ].sort(),
    );
    const links = await t.database.db
      .select()
      .from(invoicedMovements)
      .where(eq(invoicedMovements.invoiceId, invoice.id));
    expect(
      links
        .filter((l) => l.role === 'supply')
        .map((l) => l.movementId)
        .sort(),
    ).toEqual(supplies.map((m) => m.id).sort());
    expect(
      links
        .filter((l) => l.role === 'payment')
        .map((l) => l.movementId)
        .sort(),
    ).toEqual(topUps.map((m) => m.id).sort());

    const structure = checkUblStructure(invoice.ublXml);
    expect(structure.errors).toEqual([]);
    // The stored UBL passes the official validation again, and the stored count covers all three layers.
    const validation = await validatePeppolUbl(invoice.ublXml);
    expect(validation.fatal).toEqual([]);
    expect(invoice.rulesChecked).toBe(businessRules.length + structure.checks + validation.rulesChecked);
    expect(invoice.ublXml).toContain('<cbc:PrepaidAmount currencyID="EUR">');
    expect(invoice.ublXml).toContain(
      `<cbc:EndpointID schemeID="0208">${a.organisation.enterpriseNumber}</cbc:EndpointID>`,
    );

    const again = await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod());
    expect(again.kind).toBe('already-issued');
    const all = await t.database.db
      .select()
      .from(invoices)
      .where(eq(invoices.organisationId, a.organisation.id));
    expect(all).toHaveLength(1);
  });

  it('issues nothing for an organisation with top-ups only, and a later supply is invoiced once', async () => {
    const a = await agency();
    await topUp(a.organisation.id, 10_000);
    expect((await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod())).kind).toBe(
      'nothing-to-invoice',
    );
    await calculate(a.actor);
    const issued = await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod());
    expect(issued.kind === 'issued' && issued.invoice.paymentsReceived.length).toBe(1);
  });

  it('refuses to change or delete an issued invoice', async () => {
    const a = await agency();
    await topUp(a.organisation.id, 10_000);
    await calculate(a.actor);
    const issued = await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod());
    if (issued.kind !== 'issued') throw new Error('expected an invoice');
    await expect(
      t.database.db.update(invoices).set({ netCents: 0 }).where(eq(invoices.id, issued.invoice.id)),
    ).rejects.toThrow();
    await expect(
      t.database.db.delete(invoiceLines).where(eq(invoiceLines.invoiceId, issued.invoice.id)),
    ).rejects.toThrow();
    await expect(
      t.database.db.delete(invoicedMovements).where(eq(invoicedMovements.invoiceId, issued.invoice.id)),
    ).rejects.toThrow();
  });

  it('a credit note reverses a line: the wallet gets it back, the invoice stays, the line cannot be credited twice', async () => {
    const a = await agency();
    await topUp(a.organisation.id, 100_000);
    await calculate(a.actor);
    await buySubscription(t.app.ctx, a.actor, { planCode: 'silver', idempotencyKey: randomUUID() });
    const issued = await issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, thisPeriod());
    if (issued.kind !== 'issued') throw new Error('expected an invoice');
    const lines = await t.database.db
      .select()
      .from(invoiceLines)
      .where(eq(invoiceLines.invoiceId, issued.invoice.id));
    const silver = lines.find((l) => l.product === 'subscription_silver')!;
    const before = await walletBalanceCents(t.database.db, a.organisation.id);

    const note = await issueCreditNote(t.app.ctx, {
      invoiceId: issued.invoice.id,
      lineIds: [silver.id],
      issuedBy: adminId,
      ip: null,
    });
    expect(note.kind).toBe('credit_note');
    expect(note.creditedInvoiceId).toBe(issued.invoice.id);
    expect(note.sequence).toBeGreaterThan(issued.invoice.sequence);
    expect([note.netCents, note.vatCents]).toEqual([44_000, 9240]);
    expect(await walletBalanceCents(t.database.db, a.organisation.id)).toBe(before + 44_000 + 9240);
    expect(checkUblStructure(note.ublXml).errors).toEqual([]);
    expect((await validatePeppolUbl(note.ublXml)).fatal).toEqual([]);
    expect(note.ublXml).toContain(
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    );
    expect(note.ublXml).toContain(`<cbc:ID>${issued.invoice.number}</cbc:ID>`);
    const [unchanged] = await t.database.db.select().from(invoices).where(eq(invoices.id, issued.invoice.id));
    expect(unchanged).toEqual(issued.invoice);

    const twice = issueCreditNote(t.app.ctx, {
      invoiceId: issued.invoice.id,
      lineIds: [silver.id],
      issuedBy: adminId,
      ip: null,
    });
    await expect(twice).rejects.toBeInstanceOf(AppError);
    await expect(twice).rejects.toMatchObject({ code: 'invoice_line_not_creditable' });

    // The refund is accounted for by the credit note: the next invoice does not take it as a payment.
    await debit(a.organisation.id);
    const next = await issueInvoiceForOrganisation(
      t.app.ctx,
      a.organisation.id,
      previousPeriod('2100-01-15', 'monthly'),
    );
    if (next.kind !== 'issued') throw new Error('expected a second invoice');
    expect(next.invoice.paymentsReceived).toEqual([]);
  });

  it('20 concurrent issuers, two job runs at once: one invoice each, numbers without a gap, no movement twice', async () => {
    const agencies = [];
    for (let i = 0; i < 20; i += 1) {
      const a = await createAgency(t);
      await topUp(a.organisation.id, 10_000);
      await debit(a.organisation.id);
      agencies.push(a);
    }
    const period = thisPeriod();
    const outcomes = await Promise.all([
      ...agencies.map((a) => issueInvoiceForOrganisation(t.app.ctx, a.organisation.id, period)),
      issuePeriodInvoices(t.app.ctx, period),
      issuePeriodInvoices(t.app.ctx, period),
    ]);
    expect(outcomes.slice(20).flatMap((r) => ('failures' in r ? r.failures : []))).toEqual([]);
    const ids = agencies.map((a) => a.organisation.id);
    const issued = await t.database.db.select().from(invoices).where(inArray(invoices.organisationId, ids));
    expect(issued).toHaveLength(20);
    const sequences = (await t.database.db.select({ s: invoices.sequence }).from(invoices)).map((r) => r.s);
    expect(gapsIn(sequences)).toEqual([]);
    const [dupes] = (
      await t.database.db.execute(
        sql`select count(*)::int as n from (select movement_id from invoiced_movements group by movement_id having count(*) > 1) d`,
      )
    ).rows as { n: number }[];
    expect(dupes!.n).toBe(0);
  }, 120_000);

  it("an operator's run is queued as a job, which issues the period's invoices and names who asked", async () => {
    const a = await createAgency(t);
    await topUp(a.organisation.id, 10_000);
    await debit(a.organisation.id);
    await queuePeriodRun(t.database.db, brusselsDay(new Date()), adminId);
    await t.app.jobs.drain();
    const issued = await t.database.db
      .select()
      .from(invoices)
      .where(eq(invoices.organisationId, a.organisation.id));
    expect(issued.map((i) => [i.kind, i.issuedBy, i.grossCents])).toEqual([['invoice', adminId, 2299]]);
  }, 120_000);
});
