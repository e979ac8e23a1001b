import { foldText, searchTerms } from '@vigilo/domain/contacts/index.ts';
import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TDecisionRequest, TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import type {
  TCreateTransactionRequest,
  TTransactionDetail,
  TTransactionListQuery,
  TTransactionSummary,
} from '@vigilo/domain/contracts/transactions.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type Answers, TRANSACTION_QUESTIONNAIRE, withAgencyCriteria } from '@vigilo/domain/risk/index.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, asc, count, desc, eq, gte, inArray, like, lt, type SQL } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { computeCase, decideCaseInTx, saveCaseAnswers } from '../declarations/case-pipeline.ts';
import { caseTimeline, decisionSeenBy } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { currentPolicy } from '../risk/policy.service.ts';
import { presentVisibleQuestions } from '../risk/question-view.ts';
import {
  loadTransaction,
  partiesOf,
  type TPayment,
  type TTransactionRow,
  transactionCase,
} from './transaction-case.ts';
import { checkParties } from './transaction-parties.ts';
import { transactionParties, transactions } from './transactions.schema.ts';

function searchTextOf(reference: string, address: TAddress, partyNames: string[]): string {
  return foldText([reference, address.street, address.postalCode, address.city, ...partyNames].join(' '));
}

/**
 * Creates a transaction with its parties (M7): every party's current version must have an accepted risk
 * profile and may serve in one transaction only (a second use needs an updated contact).
 */
export async function createTransaction(ctx: TAppContext, actor: TActor, input: TCreateTransactionRequest) {
  const id = await ctx.db.transaction(async (tx) => {
    const checks = await checkParties(
      tx,
      actor.organisationId,
      input.parties.map((p) => p.contactId),
    );
    const errors = input.parties.flatMap((party, i) => {
      const check = checks.find((c) => c.contactId === party.contactId);
      if (!check) return [{ field: `parties.${i}.contactId`, code: 'linked_contact_not_found' }];
      return check.reason ? [{ field: `parties.${i}.contactId`, code: `party_${check.reason}` }] : [];
    });
    if (errors.length) throw new AppError('validation_failed', { fields: errors });
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
        searchText: searchTextOf(
          input.reference,
          input.propertyAddress,
          checks.map((c) => c.displayName),
        ),
        questionnaireId: TRANSACTION_QUESTIONNAIRE.id,
        questionnaireVersion: TRANSACTION_QUESTIONNAIRE.version,
        answers: { priceCents: input.priceCents },
        decision,
        status: decision.status,
        createdBy: actor.userId,
      })
      .returning();
    for (const party of input.parties) {
      const check = checks.find((c) => c.contactId === party.contactId)!;
      await tx.insert(transactionParties).values({
        organisationId: actor.organisationId,
        transactionId: row!.id,
        contactId: party.contactId,
        contactVersionId: check.contactVersionId,
        contactVersionNo: check.currentVersionNo,
        riskProfileId: check.riskProfileId!,
        role: party.role,
      });
    }
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'transaction.created',
      subjectType: 'transaction',
      subjectId: row!.id,
      payload: { reference: input.reference, parties: input.parties },
      ip: actor.ip,
    });
    return row!.id;
  });
  return getTransaction(ctx, actor, id);
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

/** The decision in the caller's transaction (also driven by a CTIF answer recorded on the goAML report). */
export const decideTransactionInTx = (
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
  request: TDecisionRequest,
) => decideCaseInTx(tx, ctx, actor, transactionCase, transactionId, request);

function presentSummary(
  row: TTransactionRow,
  partyNames: string[],
  creator: string | null,
  viewerUserId: string,
): TTransactionSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    propertyAddress: row.propertyAddress as TAddress,
    priceCents: row.priceCents,
    status: decisionSeenBy(row.decision as DecisionState, viewerUserId).status,
    vigilanceLevel: row.level,
    partyNames,
    createdByName: creator,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getTransaction(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
): Promise<TTransactionDetail> {
  const row = await loadTransaction(ctx.db, actor, transactionId);
  const parties = await partiesOf(ctx.db, actor.organisationId, row.id);
  const [creator] = row.createdBy ? await ctx.db.select().from(users).where(eq(users.id, row.createdBy)) : [];
  const { policy } = await currentPolicy(ctx.db, actor.organisationId);
  const state = decisionSeenBy(row.decision as DecisionState, actor.userId);
  const payment = row.payment as TPayment | null;
  return {
    ...presentSummary(
      row,
      parties.map((p) => p.displayName),
      creator ? `${creator.firstName} ${creator.lastName}` : null,
      actor.userId,
    ),
    parties,
    answers: row.answers as Record<string, string | number | boolean | string[]>,
    questions: presentVisibleQuestions(
      withAgencyCriteria(TRANSACTION_QUESTIONNAIRE, policy),
      row.answers as Answers,
      null,
    ),
    result: (row.result as TVigilanceResult | null) ?? null,
    payment: payment
      ? { kind: payment.kind, amountInclVatCents: payment.amountInclVatCents, paidAt: payment.paidAt }
      : null,
    reportDocumentId: row.reportDocumentId,
    awaiting: awaitedParty(state),
    blockers: await transactionCase.blockers(ctx.db, actor, row),
    timeline: await caseTimeline(ctx.db, actor.organisationId, 'transaction', row.id, actor.userId),
  };
}

export async function listTransactions(ctx: TAppContext, actor: TActor, query: TTransactionListQuery) {
  const where: (SQL | undefined)[] = [eq(transactions.organisationId, actor.organisationId)];
  for (const term of searchTerms(query.q ?? '')) {
    where.push(like(transactions.searchText, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  if (query.status) where.push(eq(transactions.status, query.status));
  if (query.vigilance) where.push(eq(transactions.level, query.vigilance));
  if (query.createdBy) where.push(eq(transactions.createdBy, query.createdBy));
  if (query.createdFrom) where.push(gte(transactions.createdAt, new Date(`${query.createdFrom}T00:00:00Z`)));
  if (query.createdTo)
    where.push(
      lt(transactions.createdAt, new Date(new Date(`${query.createdTo}T00:00:00Z`).getTime() + 86_400_000)),
    );
  const order = {
    reference: [asc(transactions.reference)],
    '-reference': [desc(transactions.reference)],
    created: [asc(transactions.createdAt)],
    '-created': [desc(transactions.createdAt)],
  }[query.sort];
  const rows = await ctx.db
    .select({ row: transactions, firstName: users.firstName, lastName: users.lastName })
    .from(transactions)
    .leftJoin(users, eq(users.id, transactions.createdBy))
    .where(and(...where))
    .orderBy(...order, asc(transactions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await ctx.db
    .select({ n: count() })
    .from(transactions)
    .where(and(...where));
  const ids = rows.map((r) => r.row.id);
  const names = ids.length
    ? await ctx.db
        .select({ transactionId: transactionParties.transactionId, displayName: contacts.displayName })
        .from(transactionParties)
        .innerJoin(contacts, eq(contacts.id, transactionParties.contactId))
        .where(inArray(transactionParties.transactionId, ids))
    : [];
  return {
    total: total?.n ?? 0,
    items: rows.map((r) =>
      presentSummary(
        r.row,
        names.filter((n) => n.transactionId === r.row.id).map((n) => n.displayName),
        r.firstName ? `${r.firstName} ${r.lastName}` : null,
        actor.userId,
      ),
    ),
  };
}
