import type { TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import type { TTransactionDetail } from '@vigilo/domain/contracts/transactions.ts';
import { type Answers, withAgencyCriteria } from '@vigilo/domain/risk/index.ts';
import { questionnaireForType } from '@vigilo/domain/transactions/index.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import type { TAppContext } from '../context.ts';
import { caseRecordOf } from '../declarations/case-measures.ts';
import { decisionSeenBy } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { currentPolicy } from '../risk/policy.service.ts';
import { presentVisibleQuestions } from '../risk/question-view.ts';
import { loadTransaction, partiesOf, type TPayment, transactionCase } from './transaction-case.ts';
import { datesOf, lateIdentificationsOf } from './transaction-dates.ts';
import { presentSummary } from './transaction-summary.ts';

export async function getTransaction(
  ctx: TAppContext,
  actor: TActor,
  transactionId: string,
): Promise<TTransactionDetail> {
  const row = await loadTransaction(ctx.db, actor, transactionId);
  const parties = await partiesOf(ctx.db, actor.organisationId, row.id);
  const creator = row.createdBy
    ? (await userNamesByIds(ctx.db, [row.createdBy])).get(row.createdBy)
    : undefined;
  const { policy } = await currentPolicy(ctx.db, actor.organisationId);
  const { timeline, recorded } = await caseRecordOf(
    ctx.db,
    actor.organisationId,
    'transaction',
    row.id,
    actor.userId,
  );
  const state = decisionSeenBy(row.decision as DecisionState, actor.userId);
  const payment = row.payment as TPayment | null;
  const dates = datesOf(row);
  return {
    ...presentSummary(
      row,
      parties.map((p) => p.displayName),
      creator ?? null,
      actor.userId,
    ),
    parties,
    ...dates,
    lateIdentifications: lateIdentificationsOf(dates, parties),
    answers: row.answers as Record<string, string | number | boolean | string[]>,
    questions: presentVisibleQuestions(
      withAgencyCriteria(questionnaireForType(row.type), policy),
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
    timeline,
    caseMeasures: { pepCase: false, ...recorded },
  };
}
