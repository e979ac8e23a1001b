import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TMovementListQuery, TWalletResponse } from '@vigilo/domain/contracts/wallet.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { centsToDecimalString, computeVat } from '@vigilo/domain/money/index.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { translator } from '../i18n/i18n.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import {
  filterOptionsOf,
  findAllMovements,
  findMovementWithUser,
  findWalletPage,
  namedMovements,
} from './movements.repository.ts';
import { productLabel, renderVoucherPdf } from './voucher-pdf.ts';
import { canSpendFromWallet } from './wallet.policy.ts';
import { presentMovement } from './wallet.presenter.ts';

/** The wallet page: balance, current prices, one page of movements and the filters' choices. */
export async function getWallet(
  ctx: TAppContext,
  actor: TActor,
  query: TMovementListQuery,
): Promise<TWalletResponse> {
  const { page, pageSize, ...filters } = query;
  const { priceList, balanceCents, choices, movements, total } = await findWalletPage(
    ctx.db,
    actor.organisationId,
    filters,
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  const names = await userNamesByIds(ctx.db, [...choices.userIds, ...movements.map((m) => m.userId)]);
  return {
    balanceCents,
    canSpend: canSpendFromWallet(actor),
    prices: {
      version: priceList.version,
      vatRateBasisPoints: priceList.vatRateBasisPoints,
      transactionVigilance: computeVat(priceList.transactionVigilanceNetCents, priceList.vatRateBasisPoints),
      plans: priceList.subscriptionPlans.map((plan) => ({
        code: plan.code,
        includedTransactions: plan.includedTransactions,
        ...computeVat(plan.netCents, priceList.vatRateBasisPoints),
      })),
      onlineTopUpMinimumCents: priceList.onlineTopUpMinimumCents,
    },
    movements: {
      items: namedMovements(movements, names).map((r) => presentMovement(r.movement, r.userName)),
      total,
      page,
      pageSize,
    },
    filterOptions: filterOptionsOf(choices, names),
  };
}

/**
 * Every movement matching the filters as CSV, for a spreadsheet: `;`-separated with the language's
 * decimal comma (what Excel expects in Belgium), UTF-8 with a byte-order mark.
 */
export async function exportMovementsCsv(
  ctx: TAppContext,
  actor: TActor,
  query: TMovementListQuery,
  lang: TLanguage,
): Promise<string> {
  const { page: _page, pageSize: _size, ...filters } = query;
  const rows = await findAllMovements(ctx.db, actor.organisationId, filters);
  const t = translator(lang);
  const amount = (cents: number) =>
    lang === 'en' ? centsToDecimalString(cents) : centsToDecimalString(cents).replace('.', ',');
  const header = [
    'date',
    'voucherNo',
    'kind',
    'product',
    'reference',
    'user',
    'amountExclVat',
    'vat',
    'amountInclVat',
    'balanceAfter',
  ].map((key) => t(`wallet:csv.${key}`));
  const lines = rows.map(({ movement: m, userName }) => [
    m.createdAt.toISOString(),
    String(m.voucherNo),
    t(`wallet:kinds.${m.kind}`),
    productLabel(t, m.product),
    m.reference,
    userName ?? '',
    amount(m.amountExclVatCents),
    amount(m.vatCents),
    amount(m.amountInclVatCents),
    amount(m.balanceAfterCents),
  ]);
  return `\uFEFF${[header, ...lines].map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** Quotes a cell when needed; a leading formula character is neutralised (CSV injection). */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The voucher of one movement, in the reader's language; each download is audited. */
export async function getVoucherPdf(
  ctx: TAppContext,
  actor: TActor,
  movementId: string,
  lang: TLanguage,
): Promise<{ filename: string; bytes: Buffer }> {
  const found = await findMovementWithUser(ctx.db, actor.organisationId, movementId);
  if (!found) throw new AppError('not_found');
  const org = await findOrganisationById(ctx.db, actor.organisationId);
  const bytes = await renderVoucherPdf({
    lang,
    organisation: {
      name: org!.name,
      enterpriseNumberFormatted: formatEnterpriseNumber(org!.enterpriseNumber as EnterpriseNumber),
      address: [org!.street, [org!.postalCode, org!.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', '),
    },
    operator: { name: ctx.config.payments.operatorName, iban: ctx.config.payments.operatorIban },
    movement: presentMovement(found.movement, found.userName),
    generatedAt: new Date(),
  });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'wallet.voucher_downloaded',
      subjectType: 'wallet',
      subjectId: movementId,
      ip: actor.ip,
    }),
  );
  return { filename: `voucher-${found.movement.voucherNo}.pdf`, bytes };
}
