export {
  type BuySubscriptionInput,
  type BuySubscriptionResult,
  buySubscription,
} from './buy-subscription.ts';
export { type PriceCalculation, type PriceCalculationInput, priceCalculation } from './price-calculation.ts';
export {
  DEFAULT_PRICE_LIST,
  type PriceList,
  type SubscriptionPlan,
  ZPriceList,
  ZSubscriptionPlan,
} from './price-list.ts';
export {
  addMonthsUtc,
  findCoveringSubscription,
  isSubscriptionActive,
  remainingTransactions,
  type Subscription,
} from './subscriptions.ts';
export {
  type BankTransfer,
  matchBankTransfer,
  type TransferMatchError,
  validateOnlineTopUp,
  walletStructuredCommunication,
} from './top-up.ts';
