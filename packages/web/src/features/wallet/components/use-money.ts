import { formatMoney, type MoneyLocale } from '@vigilo/domain/money/index.ts';
import { useTranslation } from 'react-i18next';

/** Formats cents in the interface language, with the domain's Belgian conventions. */
export function useMoney(): (cents: number) => string {
  const { i18n } = useTranslation();
  const locale = `${['fr', 'nl', 'en'].includes(i18n.language) ? i18n.language : 'fr'}-BE` as MoneyLocale;
  return (cents: number) => formatMoney(cents, locale);
}

/** The label of a product (`subscription_<plan>` for plans, which are data). */
export function productKey(product: string): { key: string; plan?: string } {
  const plan = product.match(/^subscription_(.+)$/)?.[1];
  return plan ? { key: 'products.subscription', plan } : { key: `products.${product}` };
}
