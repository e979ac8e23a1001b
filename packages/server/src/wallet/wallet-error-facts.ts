import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TErrorCode } from '@vigilo/domain/errors/error-codes.ts';
import { formatMoney } from '@vigilo/domain/money/index.ts';
import type { TFunction } from 'i18next';

const walletCodes = new Set<TErrorCode>([
  'insufficient_balance',
  'top_up_below_minimum',
  'statement_malformed',
]);

/**
 * The facts a wallet error carries beyond its code, for the error body: a missing amount, the minimum
 * top-up, or why a bank statement was refused (and where). The sentence completes the translated
 * message; `data` lets the web show the same numbers.
 */
export function walletErrorFacts(
  t: TFunction,
  lang: TLanguage,
  code: TErrorCode,
  details: Record<string, unknown> | undefined,
): { sentence: string; data: Record<string, unknown> } | undefined {
  if (!details || !walletCodes.has(code)) return undefined;
  const money = (cents: number) => formatMoney(cents, `${lang}-BE`);
  if (typeof details.missingCents === 'number') {
    return {
      sentence: t('wallet:errors.missing', { amount: money(details.missingCents) }),
      data: { missingCents: details.missingCents },
    };
  }
  if (typeof details.minimumCents === 'number') {
    return {
      sentence: t('wallet:errors.minimum', { amount: money(details.minimumCents) }),
      data: { minimumCents: details.minimumCents },
    };
  }
  if (typeof details.reason === 'string') {
    const where =
      typeof details.entry === 'number' ? t('wallet:errors.atEntry', { entry: details.entry }) : '';
    return {
      sentence: `${t(`wallet:statementErrors.${details.reason}`)}${where}`,
      data: {
        reason: details.reason,
        ...(typeof details.entry === 'number' ? { entry: details.entry } : {}),
      },
    };
  }
  return undefined;
}
