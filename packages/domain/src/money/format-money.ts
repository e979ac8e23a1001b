import { assertCents, type Cents, centsToDecimalString } from './cents.ts';

/** The locales the product speaks (Belgian French, Dutch and English). */
export type MoneyLocale = 'fr-BE' | 'nl-BE' | 'en-BE';

const formatters = new Map<MoneyLocale, Intl.NumberFormat>();

function formatterFor(locale: MoneyLocale): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/**
 * Formats cents as euros with the locale's conventions (CLDR through Intl):
 * fr-BE `1 234,56 €` (narrow no-break space), nl-BE `€ 1.234,56`, en-BE `€1,234.56`.
 * The exact decimal string is formatted, so no float rounding ever shows.
 */
export function formatMoney(cents: Cents, locale: MoneyLocale): string {
  assertCents(cents);
  // Intl formats exact decimal strings (Intl.NumberFormat v3, ES2023 typings).
  return formatterFor(locale).format(centsToDecimalString(cents) as `${number}`);
}
