import type { TAuditPayloadOf } from '@vigilo/domain/contracts/audit-payloads.ts';
import type { TDecisionRequest, TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  type AcceptanceBlocker,
  type AcceptancePolicy,
  type Answers,
  type ContactFacts,
  computeVigilance,
  type Questionnaire,
  toFactView,
  validateAnswers,
  withAgencyCriteria,
} from '@vigilo/domain/risk/index.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAuditAction } from '../audit/audit-actions.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import { decideCase, hiddenFromOf, recordCaseEvent, type TCaseSubject } from './case-workflow.ts';
import { draftCtifReport } from './ctif-report-drafting.ts';
import { caseAnswerVersions } from './declarations.schema.ts';

/** What a computation decided: the checked answers, the engine's result and the new state. */
export type TComputedCase = { answers: Answers; result: TVigilanceResult; decision: DecisionState };

/** The columns a computation sets on a case row, named alike on every case table. */
export function computedCaseColumns({ answers, result, decision }: TComputedCase) {
  return {
    answers,
    result,
    level: result.level,
    policyVersion: result.policyVersion,
    decision,
    status: decision.status,
    updatedAt: new Date(),
  };
}

/** What the pipeline needs of a case row, whatever its subject. */
export type TCaseRow = {
  id: string;
  status: string;
  answers: unknown;
  decision: unknown;
};

/**
 * What a computation adds to the timeline and the audit record beyond level and score: how a transaction's
 * calculation was paid (the `*.computed` audit shape, typed so that a new field cannot slip in unchecked).
 */
export type TComputedExtra = Pick<TAuditPayloadOf<'transaction.computed'>, 'payment' | 'amountInclVatCents'>;

/**
 * How a subject (risk profile, transaction) plugs into the one case pipeline (issue 19): save answers →
 * (pay) → compute → decide, with the timeline, notifications and audit written here once.
 */
export type TCaseAdapter<TRow extends TCaseRow, TComputeInput = void> = {
  subjectType: 'risk_profile' | 'transaction';
  audit:
    | { answersSaved: 'risk_profile.answers_saved'; computed: 'risk_profile.computed' }
    | { answersSaved: 'transaction.answers_saved'; computed: 'transaction.computed' };
  /** Statuses in which answers may still change. */
  editableStatuses: readonly string[];
  /** The organisation's acceptance policy in force (the risk module's). */
  policy(db: TDbOrTx, organisationId: string): Promise<{ policy: AcceptancePolicy }>;
  /** The row of the actor's organisation, or `not_found`. */
  load(db: TDbOrTx, actor: TActor, id: string): Promise<TRow>;
  /** Takes the row lock for a state change (concurrent clicks, a second tab). */
  lock(tx: TTx, id: string): Promise<void>;
  questionnaire(row: TRow): Questionnaire;
  subject(db: TDbOrTx, actor: TActor, row: TRow): Promise<TCaseSubject>;
  writeAnswers(tx: TTx, row: TRow, answers: Answers): Promise<void>;
  /** Hard stops found now (a hit confirmed after computing counts). */
  blockers(db: TDbOrTx, actor: TActor, row: TRow): Promise<AcceptanceBlocker[]>;
  /** The contact facts the computation needs, if any (and refusals, e.g. an outdated contact version). */
  prepareCompute(tx: TTx, actor: TActor, row: TRow): Promise<ContactFacts | null>;
  /**
   * Persists the computed result (and charges, stores documents…, with what the caller passed as
   * `input`); returns what the timeline and the audit event add to the level, score and versions.
   */
  persistComputed(
    tx: TTx,
    actor: TActor,
    row: TRow,
    computed: TComputedCase,
    input: TComputeInput,
  ): Promise<TComputedExtra>;
  /** Persists the next state and what follows from it (e.g. the contact's status). */
  writeDecision(tx: TTx, row: TRow, next: DecisionState, request: TDecisionRequest): Promise<void>;
};

const changedKeys = (before: Answers, after: Answers) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );

function auditOf<A extends TAuditAction>(
  actor: TActor,
  action: A,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
) {
  return {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType,
    subjectId,
    ip: actor.ip,
  };
}

function checkKnownAnswers<TRow extends TCaseRow, TInput>(
  adapter: TCaseAdapter<TRow, TInput>,
  row: TRow,
  answers: Answers,
) {
  const known = new Set(adapter.questionnaire(row).questions.map((q) => q.id));
  const unknown = Object.keys(answers).filter((key) => !known.has(key) && !key.startsWith('agency.'));
  if (unknown.length) {
    throw new AppError('validation_failed', {
      fields: unknown.map((key) => ({ field: `answers.${key}`, code: 'invalid' })),
    });
  }
}

/**
 * Keeps the computed answers as a version before a correction replaces them (version 1 the first time),
 * then the corrected ones with their reason: the former answer is never lost. Returns the new version.
 */
async function keepAnswerVersions(
  tx: TTx,
  actor: TActor,
  subject: { subjectType: 'risk_profile' | 'transaction'; subjectId: string },
  previous: Answers,
  next: Answers,
  reason: string,
): Promise<number> {
  const [last] = await tx
    .select({ version: caseAnswerVersions.version })
    .from(caseAnswerVersions)
    .where(
      and(
        eq(caseAnswerVersions.organisationId, actor.organisationId),
        eq(caseAnswerVersions.subjectId, subject.subjectId),
      ),
    )
    .orderBy(desc(caseAnswerVersions.version))
    .limit(1);
  let version = last?.version ?? 0;
  const base = { organisationId: actor.organisationId, ...subject, createdBy: actor.userId };
  if (version === 0) {
    version = 1;
    await tx.insert(caseAnswerVersions).values({ ...base, version, answers: previous, reason: null });
  }
  version += 1;
  await tx.insert(caseAnswerVersions).values({ ...base, version, answers: next, reason });
  return version;
}

async function promptCashReport(tx: TTx, ctx: TAppContext, actor: TActor, subject: TCaseSubject) {
  const officers = (await findOfficers(tx, actor.organisationId)).map((o) => o.user);
  await notify(tx, ctx.config.publicUrl, officers, {
    organisationId: actor.organisationId,
    kind: 'cash_intention_report_due',
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    title: subject.title,
    mail: { template: 'cashIntentionReportDue', vars: {}, path: subject.path },
  });
}

/** Saves answers as a draft at each step, audited; only a case not yet decided can change. */
export async function saveCaseAnswers<TRow extends TCaseRow, TInput>(
  ctx: TAppContext,
  actor: TActor,
  adapter: TCaseAdapter<TRow, TInput>,
  id: string,
  answers: Answers,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await adapter.load(tx, actor, id);
    if (!adapter.editableStatuses.includes(row.status)) throw new AppError('invalid_transition');
    checkKnownAnswers(adapter, row, answers);
    await adapter.writeAnswers(tx, row, answers);
    await recordAudit(tx, {
      ...auditOf(actor, adapter.audit.answersSaved, adapter.subjectType, row.id),
      payload: { answered: Object.keys(answers).length },
    });
  });
}

/**
 * What a computation read and nothing in it changed, and what it wrote: the caller's answer need not read
 * them again.
 */
export type TComputedWith = {
  contactFacts: ContactFacts | null;
  policy: AcceptancePolicy;
  computed: TComputedCase;
};

/**
 * Computes the vigilance level from the answers (and the contact's data and screening), the policy in force
 * and the subject's facts; the adapter persists it (and charges when computing is paid). Records the
 * timeline event and the audit event in the same transaction.
 */
export async function computeCase<TRow extends TCaseRow, TInput>(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  adapter: TCaseAdapter<TRow, TInput>,
  row: TRow,
  input: TInput,
): Promise<TComputedWith> {
  if (!adapter.editableStatuses.includes(row.status)) throw new AppError('invalid_transition');
  const contactFacts = await adapter.prepareCompute(tx, actor, row);
  const { policy } = await adapter.policy(tx, actor.organisationId);
  const base = adapter.questionnaire(row);
  const checked = validateAnswers(
    withAgencyCriteria(base, policy),
    row.answers as Answers,
    contactFacts ? toFactView(contactFacts) : null,
  );
  if (!checked.ok) {
    throw new AppError('answers_invalid', {
      fields: checked.errors.map((e) => ({
        field: `answers.${e.questionId}`,
        code: e.code === 'required' ? 'required' : 'invalid',
      })),
    });
  }
  const result = computeVigilance({
    questionnaire: base,
    answers: checked.value,
    ...(contactFacts ? { contactFacts } : {}),
    policy,
    on: new Date().toISOString(),
  });
  const computed: TComputedCase = {
    answers: checked.value,
    result,
    decision: { status: 'computed', level: result.level },
  };
  const extra = await adapter.persistComputed(tx, actor, row, computed, input);
  const summary = { level: result.level, score: result.score };
  const subject = await adapter.subject(tx, actor, row);
  // An intended cash payment of the price (loi art. 67) is never accepted: the officer is told to report it.
  if (checked.value.cashPayment === true) await promptCashReport(tx, ctx, actor, subject);
  await recordCaseEvent(tx, actor, subject, {
    action: 'computed',
    data: { ...summary, factors: result.factors.map((f) => f.code), ...extra },
  });
  await recordAudit(tx, {
    ...auditOf(actor, adapter.audit.computed, adapter.subjectType, row.id),
    payload: {
      ...summary,
      policyVersion: result.policyVersion,
      questionnaireVersion: result.questionnaireVersion,
      ...extra,
    },
  });
  return { contactFacts, policy, computed };
}

/**
 * A user's decision on a case, in the caller's transaction (also driven by a CTIF answer recorded on the
 * goAML report): the domain state machine with the hard stops found now, then the subject's state and,
 * on a report to CTIF-CFI, the goAML report the officer downloads and submits (M8).
 */
export async function decideCaseInTx<TRow extends TCaseRow, TInput>(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  adapter: TCaseAdapter<TRow, TInput>,
  id: string,
  request: TDecisionRequest,
): Promise<void> {
  await adapter.load(tx, actor, id);
  await adapter.lock(tx, id);
  const row = await adapter.load(tx, actor, id);
  if (request.action === 'revise-answers') checkKnownAnswers(adapter, row, request.answers);
  const subject = await adapter.subject(tx, actor, row);
  const { next } = await decideCase(
    tx,
    ctx,
    actor,
    subject,
    row.decision as DecisionState,
    request,
    await adapter.blockers(tx, actor, row),
  );
  await adapter.writeDecision(tx, row, next, request);
  if (request.action === 'revise-answers') {
    const version = await keepAnswerVersions(
      tx,
      actor,
      subject,
      row.answers as Answers,
      request.answers,
      request.motivation,
    );
    await adapter.writeAnswers(tx, row, request.answers);
    await recordAudit(tx, {
      ...auditOf(actor, adapter.audit.answersSaved, adapter.subjectType, row.id),
      payload: { version, changed: changedKeys(row.answers as Answers, request.answers) },
    });
  }
  // The employee's personal report is prepared like the officer's (goAML), for the employee to submit.
  if (request.action === 'report-to-ctif' || request.action === 'report-personally') {
    await draftCtifReport(tx, actor, adapter.subjectType, row.id, hiddenFromOf(next) ?? []);
  }
  await announceDecision(tx, actor, adapter.subjectType, row.id, request, next);
}

/** The decisions an integration hears of: someone accepted or refused the case. */
const decidingActions: ReadonlySet<TDecisionRequest['action']> = new Set([
  'accept',
  'refuse',
  'propose',
  'officer-accept',
  'final-decision',
]);

/**
 * Tells the organisation's webhooks that a case was accepted or refused, with the outcome only. Closing a
 * suspicion also lands on "accepted", but says nothing: an event there would betray the declaration that
 * came before it (tipping-off ban), so only a deciding action is announced.
 */
async function announceDecision(
  tx: TTx,
  actor: TActor,
  subjectType: string,
  subjectId: string,
  request: TDecisionRequest,
  next: DecisionState,
): Promise<void> {
  if (!decidingActions.has(request.action)) return;
  if (next.status !== 'accepted' && next.status !== 'refused') return;
  await emitWebhookEvent(tx, actor.organisationId, 'case.decided', {
    subjectType,
    subjectId,
    outcome: next.status,
  });
}
