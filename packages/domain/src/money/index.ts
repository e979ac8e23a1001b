export { assertCents, type Cents, centsToDecimalString, isCents } from './cents.ts';
export { formatMoney, type MoneyLocale } from './format-money.ts';
export {
  type MoneyParseError,
  type MoneyParseResult,
  type ParseMoneyOptions,
  parseMoney,
} from './parse-money.ts';
export {
  BELGIAN_STANDARD_VAT_BASIS_POINTS,
  computeVat,
  divideRoundHalfUp,
  type VatBreakdown,
} from './vat.ts';
