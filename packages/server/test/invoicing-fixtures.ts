import { randomUUID } from 'node:crypto';
import { periodContaining } from '@vigilo/domain/invoicing/index.ts';
import { brusselsDay } from '../src/i18n/brussels-day.ts';
import { issueInvoiceForOrganisation } from '../src/invoicing/issue-invoices.ts';
import { appendMovement, lockWallet } from '../src/wallet/wallet-ledger.ts';
import type { TTestApp } from './harness.ts';

type TBilledMonth = {
  /** Wallet top-up before the sales, in cents excl. VAT. */
  topUpCents?: number;
  topUpProduct?: 'top_up_online' | 'top_up_transfer';
  /** Number of transaction vigilance calculations (19.00 € + 21 % VAT each) debited from the wallet. */
  sales?: number;
  reference?: string;
};

/**
 * A month of wallet activity for one organisation (a top-up, then sales paid from the wallet), invoiced:
 * the current month's invoice as the monthly job issues it.
 */
export async function issueInvoiceForMonth(
  t: TTestApp,
  organisationId: string,
  { topUpCents = 5000, topUpProduct = 'top_up_online', sales = 1, reference = 'SALE' }: TBilledMonth = {},
) {
  await t.database.db.transaction(async (tx) => {
    await lockWallet(tx, organisationId);
    const movements = [
      ['topup', topUpCents, 0],
      ...Array.from({ length: sales }, () => ['debit', -1900, -399] as const),
    ] as const;
    for (const [kind, net, vat] of movements)
      await appendMovement(tx, {
        organisationId,
        kind,
        product: kind === 'topup' ? topUpProduct : 'transaction_vigilance',
        amountExclVatCents: net,
        vatCents: vat,
        vatRateBasisPoints: vat ? 2100 : 0,
        priceListVersion: vat ? 1 : null,
        reference,
        subjectType: null,
        subjectId: null,
        userId: null,
        idempotencyKey: randomUUID(),
      });
  });
  const issued = await issueInvoiceForOrganisation(
    t.app.ctx,
    organisationId,
    periodContaining(brusselsDay(new Date()), 'monthly'),
  );
  if (issued.kind !== 'issued') throw new Error(`expected an invoice, got ${issued.kind}`);
  return issued.invoice;
}
