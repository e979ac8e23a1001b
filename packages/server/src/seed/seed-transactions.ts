import { foldText } from '@vigilo/domain/contacts/index.ts';
import {
  type Answers,
  type AnswerValue,
  computeVigilance,
  DEFAULT_ACCEPTANCE_POLICY,
  findAcceptanceBlockers,
  TRANSACTION_QUESTIONNAIRE,
  validateAnswers,
} from '@vigilo/domain/risk/index.ts';
import { DEFAULT_PRICE_LIST } from '@vigilo/domain/wallet/index.ts';
import type { TCaseEventBulkRow } from '../declarations/declarations.bulk-load.ts';
import type { TNotificationBulkRow } from '../notifications/notifications.bulk-load.ts';
import { plainCaseTitle } from '../risk/case-title.ts';
import type {
  TTransactionBulkRow,
  TTransactionPartyBulkRow,
} from '../transactions/transactions.bulk-load.ts';
import type { TPaymentIntentBulkRow, TWalletMovementBulkRow } from '../wallet/wallet.bulk-load.ts';
import { vigilanceProduct } from '../wallet/wallet-charge.ts';
import type { TAuditDraft } from './seed-audit.ts';
import { walkCase } from './seed-cases.ts';
import type { TSeedUser } from './seed-contacts.ts';
import type { TSeedProfile } from './seed-profiles.ts';
import type { TRandom } from './seed-random.ts';
import { belgianAddress, belgianIban } from './seed-vocabulary.ts';

type TDeal = {
  row: TTransactionBulkRow & { id: string; reference: string; createdAt: Date };
  parties: TTransactionPartyBulkRow[];
  creator: TSeedUser;
  paid: { at: Date; level: 'normal' | 'heightened' } | null;
};

function transactionAnswers(r: TRandom, priceCents: number): Answers {
  const answers: Record<string, AnswerValue> = {
    priceCents,
    valuationKnown: true,
    valuationCents: Math.round((priceCents * r.int(95, 110)) / 100),
    cashPayment: false,
    sellerAcquiredRecently: false,
    paymentAccountKnown: true,
    paymentAccountIban: belgianIban(r),
    paymentAccountHolder: 'buyer',
    fundsFromHighRiskCountry: false,
    mortgageEarlyRepaid: false,
    buyerProfileInconsistent: false,
    thirdPartyBeneficiary: false,
    unusualCircumstances: false,
  };
  const x = r.next();
  // Any intended cash payment of the price or deposit is a hard flag (law of 18/09/2017 art. 67).
  if (x < 0.03) Object.assign(answers, { cashPayment: true, cashAmountCents: 1_000_000 });
  else if (x < 0.06) Object.assign(answers, { paymentAccountHolder: 'third-party' });
  return answers;
}

/** Takes a party with an accepted profile of that role whose contact version serves no other transaction. */
function takeParty(pool: TSeedProfile[], r: TRandom): TSeedProfile | null {
  if (pool.length === 0) return null;
  const i = Math.floor(r.next() * pool.length);
  const [taken] = pool.splice(i, 1);
  return taken!;
}

/**
 * The agency's transactions (M7): parties with accepted profiles, each contact version used once; most
 * paid by "Pay and continue" (a wallet debit at the built-in price list) and computed with the
 * transaction questionnaire, then decided like any case.
 */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export function makeTransactions(
  r: TRandom,
  input: {
    organisationId: string;
    count: number;
    profiles: TSeedProfile[];
    officer: TSeedUser;
    today: Date;
    agencyNo: number;
  },
) {
  const accepted = input.profiles.filter((p) => p.row.decision.status === 'accepted');
  const sellers = accepted.filter((p) => p.row.role === 'seller');
  const buyers = accepted.filter((p) => p.row.role === 'buyer');
  const deals: TDeal[] = [];
  const events: TCaseEventBulkRow[] = [];
  const audit: TAuditDraft[] = [];
  const notes: TNotificationBulkRow[] = [];
  for (let n = 0; n < input.count; n++) {
    const seller = takeParty(sellers, r);
    const buyer = takeParty(buyers, r);
    if (!seller || !buyer) break;
    const extraBuyer = r.chance(0.15) ? takeParty(buyers, r) : null;
    const parties = [seller, buyer, ...(extraBuyer ? [extraBuyer] : [])];
    const ready = Math.max(...parties.map((p) => p.decidedAt.getTime()));
    const createdAt = new Date(
      Math.min(input.today.getTime() - 2 * 3_600_000, ready + r.int(1, 30 * 24) * 3_600_000),
    );
    if (createdAt.getTime() <= ready) continue;
    const isPurchase = r.chance(0.15);
    const creator = seller.contact.createdBy;
    const id = r.uuid();
    const reference = `${isPurchase ? 'ACH' : 'VTE'}-${createdAt.getUTCFullYear()}-${String(input.agencyNo).padStart(4, '0')}-${String(n + 1).padStart(5, '0')}`;
    const address = belgianAddress(r);
    const priceCents = r.int(30, 180) * 500_000;
    const paid = r.chance(0.92);
    const answers = paid ? transactionAnswers(r, priceCents) : { priceCents };
    const partyRows = parties.map((p, i) => ({
      organisationId: input.organisationId,
      transactionId: id,
      contactId: p.contact.row.id,
      contactVersionId: p.row.contactVersionId,
      contactVersionNo: p.row.contactVersionNo,
      riskProfileId: p.row.id,
      role: (i === 0) !== isPurchase ? ('client' as const) : ('counterparty' as const),
    }));
    const deal: TDeal = {
      creator,
      parties: partyRows,
      paid: null,
      row: {
        id,
        organisationId: input.organisationId,
        reference,
        type: isPurchase ? 'purchase' : 'sale',
        propertyAddress: address,
        priceCents,
        searchText: foldText(
          [
            reference,
            address.street,
            address.postalCode,
            address.city,
            ...parties.map((p) => p.contact.row.displayName),
          ].join(' '),
        ),
        questionnaireId: TRANSACTION_QUESTIONNAIRE.id,
        questionnaireVersion: TRANSACTION_QUESTIONNAIRE.version,
        answers,
        decision: { status: 'draft' },
        status: 'draft',
        createdBy: creator.id,
        createdAt,
        updatedAt: createdAt,
      },
    };
    audit.push({
      organisationId: input.organisationId,
      actorUserId: creator.id,
      action: 'transaction.created',
      subjectType: 'transaction',
      subjectId: id,
      payload: {
        reference,
        type: isPurchase ? 'purchase' : 'sale',
        brokerageAgreementDate: null,
        agreementDate: null,
        parties: partyRows.map((p) => ({ contactId: p.contactId, role: p.role })),
      },
      ip: creator.ip,
      createdAt,
    });
    if (paid) computeDeal(r, deal, input, events, audit, notes);
    deals.push(deal);
  }
  return { deals, events, audit, notifications: notes };
}

// Long because it writes seed data in the order the records depend on each other, one block per kind.
function computeDeal(
  r: TRandom,
  deal: TDeal,
  input: { organisationId: string; officer: TSeedUser; today: Date },
  events: TCaseEventBulkRow[],
  audit: TAuditDraft[],
  notes: TNotificationBulkRow[],
) {
  const checked = validateAnswers(TRANSACTION_QUESTIONNAIRE, deal.row.answers as Answers, null);
  if (!checked.ok) throw new Error(`seed transaction answers invalid: ${JSON.stringify(checked.errors)}`);
  const result = computeVigilance({
    questionnaire: TRANSACTION_QUESTIONNAIRE,
    answers: checked.value,
    policy: DEFAULT_ACCEPTANCE_POLICY,
    on: deal.row.createdAt.toISOString(),
  });
  const paidAt = new Date(
    Math.min(input.today.getTime() - 3_600_000, deal.row.createdAt.getTime() + r.int(10, 600) * 60_000),
  );
  const creator = deal.creator;
  events.push({
    organisationId: input.organisationId,
    subjectType: 'transaction',
    subjectId: deal.row.id,
    action: 'computed',
    actorUserId: creator.id,
    actorRole: creator.isOfficer ? 'officer' : 'collaborator',
    motivation: null,
    data: {
      level: result.level,
      score: result.score,
      factors: result.factors.map((f) => f.code),
      payment: 'wallet',
    },
    createdAt: paidAt,
  });
  const outcome = walkCase(
    r,
    {
      organisationId: input.organisationId,
      subjectType: 'transaction',
      subjectId: deal.row.id,
      title: plainCaseTitle(deal.row.reference),
    },
    {
      level: result.level,
      computedAt: paidAt,
      creator,
      officer: input.officer,
      until: input.today,
      blockers: findAcceptanceBlockers({ screeningHits: [], answers: checked.value }),
    },
  );
  events.push(...outcome.events);
  audit.push(...outcome.audit);
  notes.push(...outcome.notifications);
  Object.assign(deal.row, {
    answers: checked.value,
    result,
    level: result.level,
    policyVersion: result.policyVersion,
    decision: outcome.state,
    status: outcome.state.status,
    paidAt,
    updatedAt: outcome.decidedAt,
  });
  deal.paid = { at: paidAt, level: result.level };
  audit.push({
    organisationId: input.organisationId,
    actorUserId: creator.id,
    action: 'transaction.computed',
    subjectType: 'transaction',
    subjectId: deal.row.id,
    payload: {
      level: result.level,
      score: result.score,
      policyVersion: result.policyVersion,
      questionnaireVersion: result.questionnaireVersion,
      payment: 'wallet',
      amountInclVatCents: calculationPrice().inclVat,
    },
    ip: creator.ip,
    createdAt: paidAt,
  });
}

function calculationPrice() {
  const list = DEFAULT_PRICE_LIST;
  const net = list.transactionVigilanceNetCents;
  const vat = Math.round((net * list.vatRateBasisPoints) / 10_000);
  return { net, vat, inclVat: net + vat, rate: list.vatRateBasisPoints, version: list.version };
}

/**
 * The wallet ledger of the agency, replayed in time order with the ledger's rules (`appendMovement`):
 * voucher numbers 1, 2, 3…, `balance_after` the running sum, never negative — an online top-up (through
 * the test provider's payment intent) comes before a debit the balance cannot cover.
 */
// Long because it writes seed data in the order the records depend on each other, one block per kind.
export function makeLedger(
  r: TRandom,
  input: { organisationId: string; deals: TDeal[]; officer: TSeedUser },
) {
  const price = calculationPrice();
  const movements: TWalletMovementBulkRow[] = [];
  const intents: TPaymentIntentBulkRow[] = [];
  const audit: TAuditDraft[] = [];
  let balance = 0;
  const append = (
    m: Omit<
      TWalletMovementBulkRow,
      'voucherNo' | 'balanceAfterCents' | 'amountInclVatCents' | 'organisationId'
    >,
  ) => {
    const incl = m.amountExclVatCents + m.vatCents;
    balance += incl;
    const row = {
      ...m,
      organisationId: input.organisationId,
      amountInclVatCents: incl,
      voucherNo: movements.length + 1,
      balanceAfterCents: balance,
    };
    movements.push(row);
    return row;
  };
  const paidDeals = input.deals
    .filter((d) => d.paid)
    .sort((a, b) => a.paid!.at.getTime() - b.paid!.at.getTime());
  for (const deal of paidDeals) {
    const at = deal.paid!.at;
    if (balance < price.inclVat) {
      const amount = r.pick([10_000, 25_000, 50_000, 100_000]);
      const topUpAt = new Date(at.getTime() - r.int(10, 600) * 60_000);
      const intentId = r.uuid();
      const externalId = `tst_${intentId.replaceAll('-', '').slice(0, 16)}`;
      const id = r.uuid();
      const movement = append({
        id,
        kind: 'topup',
        product: 'top_up_online',
        amountExclVatCents: amount,
        vatCents: 0,
        vatRateBasisPoints: 0,
        priceListVersion: null,
        reference: externalId,
        subjectType: 'payment',
        subjectId: intentId,
        userId: input.officer.id,
        idempotencyKey: `topup:${intentId}`,
        createdAt: topUpAt,
      });
      intents.push({
        id: intentId,
        organisationId: input.organisationId,
        provider: 'test',
        externalId,
        status: 'paid',
        amountCents: amount,
        checkoutUrl: null,
        movementId: id,
        idempotencyKey: `seed:${intentId}`,
        createdBy: input.officer.id,
        createdAt: topUpAt,
        updatedAt: topUpAt,
      });
      audit.push({
        organisationId: input.organisationId,
        actorUserId: input.officer.id,
        action: 'wallet.topped_up',
        subjectType: 'wallet',
        subjectId: id,
        payload: {
          source: 'online',
          provider: 'test',
          externalId,
          amountCents: amount,
          balanceAfterCents: movement.balanceAfterCents,
        },
        ip: null,
        createdAt: topUpAt,
      });
    }
    const id = r.uuid();
    const movement = append({
      id,
      kind: 'debit',
      product: vigilanceProduct,
      amountExclVatCents: -price.net,
      vatCents: -price.vat,
      vatRateBasisPoints: price.rate,
      priceListVersion: price.version,
      reference: deal.row.reference,
      subjectType: 'transaction',
      subjectId: deal.row.id,
      userId: deal.creator.id,
      idempotencyKey: `seed:${deal.row.id}`,
      createdAt: at,
    });
    deal.row.payment = {
      kind: 'wallet',
      amountInclVatCents: price.inclVat,
      paidAt: at.toISOString(),
      movementId: id,
      subscriptionId: null,
    };
    audit.push({
      organisationId: input.organisationId,
      actorUserId: deal.creator.id,
      action: 'wallet.debited',
      subjectType: 'wallet',
      subjectId: id,
      payload: {
        product: vigilanceProduct,
        transactionId: deal.row.id,
        amountInclVatCents: movement.amountInclVatCents,
        balanceAfterCents: movement.balanceAfterCents,
        priceListVersion: price.version,
      },
      ip: deal.creator.ip,
      createdAt: at,
    });
  }
  return { movements, intents, audit };
}
