import { foldText } from '@vigilo/domain/contacts/index.ts';
import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TDecisionRequest, THeightenedMeasuresRequest } from '@vigilo/domain/contracts/risk.ts';
import type {
  TCreateTransactionRequest,
  TTransactionDates,
  TTransactionListQuery,
} from '@vigilo/domain/contracts/transactions.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { Answers } from '@vigilo/domain/risk/index.ts';
import {
  checkPartySides,
  checkRentalScope,
  questionnaireForType,
} from '@vigilo/domain/transactions/index.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, eq } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { recordCaseMeasures } from '../declarations/case-measures.ts';
import { computeCase, decideCaseInTx, saveCaseAnswers } from '../declarations/case-pipeline.ts';
import type { TActor } from '../http/actor.ts';
import { refuseOverdueReviews } from './review-overdue.ts';
import { loadTransaction, transactionCase } from './transaction-case.ts';
import { datesErrors, datesOf, notifyLateIdentifications } from './transaction-dates.ts';
import { getTransaction } from './transaction-detail.ts';
import { findTransactionPage } from './transaction-list.ts';
import { checkParties, insertParties, partyErrors } from './transaction-parties.ts';
import { presentSummary } from './transaction-summary.ts';
import { transactions } from './transactions.schema.ts';

function searchTextOf(reference: string, address: TAddress, partyNames: string[]): string {
  return foldText([reference, address.street, address.postalCode, address.city, ...partyNames].join(' '));
}

type TFieldError = { field: string; code: string };

/**
 * What the request itself must satisfy beyond its shape: a rental's rent reaches €10,000 a month and its
 * parties are landlord(s) and tenant(s); the agreement dates are not in the future nor out of order.
 */
function checkTransactionInput(input: TCreateTransactionRequest): TFieldError[] {
  const errors: TFieldError[] = [];
  if (input.type === 'rental_high_value' && !checkRentalScope(input.priceCents).ok) {
    errors.push({ field: 'priceCents', code: 'rent_below_threshold' });
  }
  for (const error of checkPartySides(input.type, input.parties)) {
    if (error.code === 'sides-missing') errors.push({ field: 'parties', code: 'rental_sides_missing' });
    else
      errors.push({ field: `parties.${error.index}.side`, code: `party_${error.code.replace(/-/g, '_')}` });
  }
  return [...errors, ...datesErrors(datesOf(input))];
}

/**
 * Creates a transaction with its parties (M7): every party's current version must have an accepted risk
 * profile and may serve in one transaction only (a second use needs an updated contact).
 */
export async function createTransaction(ctx: TAppContext, actor: TActor, input: TCreateTransactionRequest) {
  const inputErrors = checkTransactionInput(input);
  if (inputErrors.length) throw new AppError('validation_failed', { fields: inputErrors });
  const questionnaire = questionnaireForType(input.type);
  const dates = datesOf(input);
  const id = await ctx.db.transaction(async (tx) => {
    const checks = await checkParties(
      tx,
      actor.organisationId,
      input.parties.map((p) => p.contactId),
    );
    const errors = partyErrors(input.parties, checks);
    if (errors.length) throw new AppError('validation_failed', { fields: errors });
    await refuseOverdueReviews(
      tx,
      actor.organisationId,
      input.parties.map((p) => p.contactId),
    );
    const [existing] = await tx
      .select({ id: transactions.id })
      .from(transactions)
      .where(
        and(
          eq(transactions.organisationId, actor.organisationId),
          eq(transactions.reference, input.reference),
        ),
      );
    if (existing)
      throw new AppError('validation_failed', { fields: [{ field: 'reference', code: 'reference_taken' }] });
    const decision: DecisionState = { status: 'draft' };
    const [row] = await tx
      .insert(transactions)
      .values({
        organisationId: actor.organisationId,
        reference: input.reference,
        type: input.type,
        propertyAddress: input.propertyAddress,
        priceCents: input.priceCents,
        ...dates,
        searchText: searchTextOf(
          input.reference,
          input.propertyAddress,
          checks.map((c) => c.displayName),
        ),
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        answers: { priceCents: input.priceCents },
        decision,
        status: decision.status,
        createdBy: actor.userId,
      })
      .returning();
    await insertParties(tx, actor.organisationId, row!.id, input.parties, checks);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'transaction.created',
      subjectType: 'transaction',
      subjectId: row!.id,
      payload: { reference: input.reference, type: input.type, parties: input.parties, ...dates },
      ip: actor.ip,
    });
    await notifyLateIdentifications(tx, ctx, actor, row!, datesOf({}), dates);
    return row!.id;
  });
  return getTransaction(ctx, actor, id);
}

/**
 * Records the dates of the brokerage agreement and of the accepted offer / sale agreement (issue 14,
 * item 10), in any status: they are facts of the file, often known only after the vigilance decision.
 * Audited; the officers are told of any party this shows identified too late.
 */
export async function setTransactionDates(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  dates: TTransactionDates,
) {
  const errors = datesErrors(dates);
  if (errors.length) throw new AppError('validation_failed', { fields: errors });
  await ctx.db.transaction(async (tx) => {
    await loadTransaction(tx, actor, transactionId);
    await transactionCase.lock(tx, transactionId);
    const row = await loadTransaction(tx, actor, transactionId);
    const before = datesOf(row);
    if (
      before.brokerageAgreementDate === dates.brokerageAgreementDate &&
      before.agreementDate === dates.agreementDate
    )
      return;
    await tx
      .update(transactions)
      .set({ ...dates, updatedAt: new Date() })
      .where(eq(transactions.id, row.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'transaction.dates_recorded',
      subjectType: 'transaction',
      subjectId: row.id,
      payload: { before, after: dates },
      ip: actor.ip,
    });
    await notifyLateIdentifications(tx, ctx, actor, row, before, dates);
  });
  return getTransaction(ctx, actor, transactionId);
}

/** Saves the answers as a draft (audited); only a transaction not yet computed can change. */
export async function saveTransactionAnswers(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  answers: Answers,
) {
  await saveCaseAnswers(ctx, actor, transactionCase, transactionId, answers);
  return getTransaction(ctx, actor, transactionId);
}

/**
 * "Pay and continue": charges the calculation (subscription or wallet, idempotent per click) and computes
 * the vigilance in the same DB transaction, then stores the atypical transaction report. A refused
 * payment leaves nothing computed or charged.
 */
export async function payAndCompute(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  idempotencyKey: string,
) {
  await ctx.db.transaction(async (tx) => {
    await loadTransaction(tx, actor, transactionId);
    await transactionCase.lock(tx, transactionId);
    const fresh = await loadTransaction(tx, actor, transactionId);
    // The same click arriving twice, or a second tab: already paid and computed. A case whose answers were
    // corrected in a new version (back to draft) is computed again without a second charge.
    if (fresh.paidAt && fresh.status !== 'draft') return;
    await computeCase(tx, ctx, actor, transactionCase, fresh, {
      ctx,
      idempotencyKey,
      alreadyPaid: fresh.paidAt !== null,
    });
  });
  return getTransaction(ctx, actor, transactionId);
}

export async function decideTransaction(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  request: TDecisionRequest,
) {
  await ctx.db.transaction((tx) => decideTransactionInTx(tx, ctx, actor, transactionId, request));
  return getTransaction(ctx, actor, transactionId);
}

/** Records the enhanced measures taken on a heightened transaction (issue 14, item 12). */
export async function recordTransactionMeasures(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  measures: THeightenedMeasuresRequest,
) {
  await recordCaseMeasures(ctx, actor, transactionCase, transactionId, measures);
  return getTransaction(ctx, actor, transactionId);
}

/** The decision in the caller's transaction (also driven by a CTIF answer recorded on the goAML report). */
export const decideTransactionInTx = (
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  request: TDecisionRequest,
) => decideCaseInTx(tx, ctx, actor, transactionCase, transactionId, request);

export async function listTransactions(ctx: TAppContext, actor: TActor, query: TTransactionListQuery) {
  // The page comes with its count and its parties' names; the authors' names are then read by id.
  const { rows, total, totalCapped } = await findTransactionPage(ctx.db, actor.organisationId, query);
  const authorNames = await userNamesByIds(
    ctx.db,
    rows.map((row) => row.createdBy),
  );
  return {
    total,
    totalCapped,
    items: rows.map((row) =>
      presentSummary(
        row,
        row.partyNames.filter((name) => name !== null),
        (row.createdBy && authorNames.get(row.createdBy)) || null,
        actor.userId,
      ),
    ),
  };
}

export { getTransaction };
