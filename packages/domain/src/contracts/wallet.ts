import { z } from 'zod';
import { ZPriceList } from '../wallet/price-list.ts';
import { ZIsoDate } from './common.ts';

/** Kinds of wallet movement (M9): the wallet is a ledger of immutable rows; the balance is their sum. */
export const movementKinds = ['topup', 'debit', 'subscription_purchase', 'adjustment'] as const;
export type TMovementKind = (typeof movementKinds)[number];

/**
 * What a movement paid for or brought in; the web translates `wallet:products.<product>`.
 * Subscription purchases are `subscription_<plan>` (plans are data, so the set is open).
 */
export const knownProducts = [
  'transaction_vigilance',
  'top_up_online',
  'top_up_transfer',
  'adjustment',
] as const;

export const ZWalletMovement = z.object({
  id: z.string(),
  /** Sequential per organisation: the voucher number. */
  voucherNo: z.number().int(),
  kind: z.enum(movementKinds),
  product: z.string(),
  /** Signed: credits positive, debits negative. */
  amountExclVatCents: z.number().int(),
  vatCents: z.number().int(),
  amountInclVatCents: z.number().int(),
  vatRateBasisPoints: z.number().int(),
  balanceAfterCents: z.number().int(),
  reference: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});
export type TWalletMovement = z.infer<typeof ZWalletMovement>;

export const movementSortKeys = ['createdAt', 'amount', 'product', 'user'] as const;

/** Sort, filters and page of the movements table; the CSV export takes the same filters. */
export const ZMovementListQuery = z.object({
  sort: z.enum(movementSortKeys).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  kind: z.enum(movementKinds).optional(),
  product: z.string().trim().max(60).optional(),
  userId: z.string().uuid().optional(),
  /** Inclusive calendar dates (YYYY-MM-DD, Brussels time). */
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  minAmountCents: z.coerce.number().int().optional(),
  maxAmountCents: z.coerce.number().int().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type TMovementListQuery = z.infer<typeof ZMovementListQuery>;
/** What a client sends: every parameter optional (the server fills the defaults). */
export type TMovementQueryParams = Partial<TMovementListQuery>;

export const ZMovementIdParams = z.object({ movementId: z.string().uuid() });

export const ZWalletSubscription = z.object({
  id: z.string(),
  planCode: z.string(),
  purchasedAt: z.string(),
  expiresAt: z.string(),
  /** Null = unlimited. */
  includedTransactions: z.number().int().nullable(),
  usedTransactions: z.number().int(),
  isActive: z.boolean(),
});
export type TWalletSubscription = z.infer<typeof ZWalletSubscription>;

/** A plan as sold today, with its price incl. VAT. */
export const ZPlanOffer = z.object({
  code: z.string(),
  includedTransactions: z.number().int().nullable(),
  netCents: z.number().int(),
  vatCents: z.number().int(),
  grossCents: z.number().int(),
});
export type TPlanOffer = z.infer<typeof ZPlanOffer>;

/** The wallet page: balance, what may be done, the current prices, and a page of movements. */
export const ZWalletResponse = z.object({
  balanceCents: z.number().int(),
  canSpend: z.boolean(),
  prices: z.object({
    version: z.number().int(),
    vatRateBasisPoints: z.number().int(),
    transactionVigilance: z.object({
      netCents: z.number().int(),
      vatCents: z.number().int(),
      grossCents: z.number().int(),
    }),
    plans: z.array(ZPlanOffer),
    onlineTopUpMinimumCents: z.number().int(),
  }),
  movements: z.object({
    items: z.array(ZWalletMovement),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  }),
  /** For the filters: every product and user that appears in the wallet's movements. */
  filterOptions: z.object({
    products: z.array(z.string()),
    users: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type TWalletResponse = z.infer<typeof ZWalletResponse>;

export const ZSubscriptionsResponse = z.object({ subscriptions: z.array(ZWalletSubscription) });
export const ZBuySubscriptionRequest = z.object({
  planCode: z.string().trim().min(1).max(40),
  /** One per click: a double click or a retried request buys once. */
  idempotencyKey: z.string().trim().min(8).max(100),
});
export const ZBuySubscriptionResponse = z.object({
  subscription: ZWalletSubscription,
  movement: ZWalletMovement,
});

export const ZStartTopUpRequest = z.object({
  amountCents: z.number().int().positive(),
  idempotencyKey: z.string().trim().min(8).max(100),
});
export const ZStartTopUpResponse = z.object({
  paymentId: z.string(),
  provider: z.string(),
  checkoutUrl: z.string(),
});
export const ZPaymentIdParams = z.object({ paymentId: z.string().uuid() });
export const ZPaymentStatus = z.object({
  paymentId: z.string(),
  status: z.enum(['open', 'paid', 'failed', 'canceled', 'expired']),
  amountCents: z.number().int(),
  credited: z.boolean(),
});
export type TPaymentStatus = z.infer<typeof ZPaymentStatus>;

export const ZTransferInstructions = z.object({
  beneficiaryName: z.string(),
  iban: z.string(),
  bic: z.string(),
  /** `+++123/4567/89002+++`, unique to the organisation. */
  structuredCommunication: z.string(),
});
export type TTransferInstructions = z.infer<typeof ZTransferInstructions>;

/** The built-in test provider's checkout (local use only): what the payer sees before confirming. */
/** The id of a test provider's checkout (`tst_…`). */
export const testCheckoutIdPattern = /^tst_[A-Za-z0-9_-]{10,64}$/;
export const ZTestCheckoutParams = z.object({ externalId: z.string().regex(testCheckoutIdPattern) });
export const ZTestCheckout = z.object({
  externalId: z.string(),
  amountCents: z.number().int(),
  description: z.string(),
  status: z.string(),
  redirectUrl: z.string(),
});
export const ZTestCheckoutDecision = z.object({ decision: z.enum(['paid', 'canceled', 'failed']) });

// Administration (platform administrator)

export const ZPriceListVersion = z.object({
  version: z.number().int(),
  effectiveFrom: z.string(),
  isCurrent: z.boolean(),
  priceList: ZPriceList,
  createdBy: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type TPriceListVersion = z.infer<typeof ZPriceListVersion>;
export const ZPriceListsResponse = z.object({ versions: z.array(ZPriceListVersion) });
/** A new version of the price list; it applies from `effectiveFrom` (now or later, never in the past). */
export const ZPublishPriceListRequest = z.object({
  effectiveFrom: z.iso.datetime({ offset: true }),
  vatRateBasisPoints: z.number().int().min(0).max(10_000),
  transactionVigilanceNetCents: z.number().int().nonnegative(),
  subscriptionPlans: ZPriceList.shape.subscriptionPlans,
  subscriptionValidityMonths: z.number().int().positive().max(60),
  onlineTopUpMinimumCents: z.number().int().positive(),
});
export type TPublishPriceListRequest = z.infer<typeof ZPublishPriceListRequest>;

export const statementLineStatuses = ['matched', 'unmatched', 'assigned'] as const;
export const ZStatementLine = z.object({
  id: z.string(),
  entryReference: z.string(),
  bookingDate: z.string(),
  amountCents: z.number().int(),
  currency: z.string(),
  communication: z.string().nullable(),
  debtorName: z.string().nullable(),
  debtorIban: z.string().nullable(),
  status: z.enum(statementLineStatuses),
  /** Why it was not credited automatically (`missing-communication`, `unknown-communication`, …). */
  matchError: z.string().nullable(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  importedAt: z.string(),
});
export type TStatementLine = z.infer<typeof ZStatementLine>;
export const ZStatementLinesQuery = z.object({ status: z.enum(statementLineStatuses).default('unmatched') });
export const ZStatementLinesResponse = z.object({ lines: z.array(ZStatementLine) });
export const ZStatementLineIdParams = z.object({ lineId: z.string().uuid() });
export const ZAssignStatementLineRequest = z.object({ enterpriseNumber: z.string().trim().min(1).max(20) });

export const ZStatementImportResult = z.object({
  importId: z.string(),
  messageId: z.string(),
  alreadyImported: z.boolean(),
  credits: z.number().int(),
  /** Credited automatically now. */
  matched: z.number().int(),
  /** Left for manual assignment. */
  unmatched: z.number().int(),
  /** Lines already known from an earlier import: never credited twice. */
  duplicates: z.number().int(),
  /** Debits and non-booked entries, which are not top-ups. */
  ignored: z.number().int(),
});
export type TStatementImportResult = z.infer<typeof ZStatementImportResult>;
