import { formatMoney, type MoneyLocale } from '@vigilo/domain/money/index.ts';
import { useTranslation } from 'react-i18next';

/** The money locale of the interface language (Belgian conventions in fr, nl and en). */
export function useMoneyLocale(): MoneyLocale {
  const { i18n } = useTranslation();
  return `${['fr', 'nl', 'en'].includes(i18n.language) ? i18n.language : 'fr'}-BE` as MoneyLocale;
}

/** Formats cents in the interface language. */
export function useMoney(): (cents: number) => string {
  const locale = useMoneyLocale();
  return (cents: number) => formatMoney(cents, locale);
}
