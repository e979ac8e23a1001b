import type { TCaseEvent, TDecisionRequest } from '@vigilo/domain/contracts/risk.ts';
import { AppError, type TErrorCode } from '@vigilo/domain/errors/error-codes.ts';
import type { AcceptanceBlocker } from '@vigilo/domain/risk/index.ts';
import {
  type DecisionAction,
  type DecisionError,
  type DecisionState,
  transitionDecision,
  type WorkflowEffect,
} from '@vigilo/domain/workflow/index.ts';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { findUserRow } from '../accounts/accounts.reads.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAuditPayload } from '../audit/audit-payloads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { preparedStatements } from '../db/prepared.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { countActiveOfficers } from '../organisations/organisations.reads.ts';
import type { TCaseTitle } from '../risk/case-title.ts';
import { caseEvents } from './declarations.schema.ts';

export type TCaseSubject = {
  subjectType: 'risk_profile' | 'transaction';
  subjectId: string;
  title: TCaseTitle;
  /** Who opened the case: told of the officer's decisions. */
  createdBy: string | null;
  path: string;
};

const errorCodes: Record<DecisionError, TErrorCode> = {
  'invalid-transition': 'invalid_transition',
  'forbidden-role': 'forbidden',
  'declaration-required': 'declaration_required',
  'not-heightened': 'not_heightened',
  'motivation-required': 'motivation_required',
  'no-aml-officer': 'no_aml_officer',
  'ctif-opposition': 'ctif_opposition',
  'acceptance-blocked': 'acceptance_blocked',
  'suspicion-already-open': 'suspicion_already_open',
  'personal-report-reason-invalid': 'personal_report_reason_invalid',
  'concerned-officer-required': 'concerned_officer_required',
};

function toDomainAction(request: TDecisionRequest, organisationHasOfficer: boolean): DecisionAction {
  switch (request.action) {
    case 'accept':
      return { type: 'accept' };
    case 'refuse':
      return { type: 'refuse' };
    case 'propose':
      return {
        type: 'propose',
        proposal: request.proposal,
        motivation: request.motivation,
        organisationHasOfficer,
      };
    case 'officer-accept':
      return { type: 'officer-accept', justification: request.comment };
    case 'report-to-ctif':
      return { type: 'report-to-ctif' };
    case 'record-ctif-answer':
      return { type: 'record-ctif-answer', answer: request.answer };
    case 'final-decision':
      return { type: 'final-decision', decision: request.decision, justification: request.comment };
    case 'declare-suspicion':
      return { type: 'declare-suspicion', motivation: request.motivation };
    case 'close-suspicion':
      return { type: 'close-suspicion', reason: request.motivation };
    case 'revise-answers':
      return { type: 'revise-answers', reason: request.motivation };
    case 'report-personally':
      return {
        type: 'report-personally',
        motivation: request.motivation,
        reason: request.reason,
        hiddenFrom: request.concernedOfficerIds,
      };
  }
}

export async function recordCaseEvent(
  tx: TTx,
  actor: TActor,
  subject: TCaseSubject,
  event: { action: string; motivation?: string | null; data?: Record<string, unknown> },
) {
  await tx.insert(caseEvents).values({
    organisationId: actor.organisationId,
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    action: event.action,
    actorUserId: actor.userId,
    actorRole: actor.toolRole === 'officer' ? 'officer' : 'collaborator',
    motivation: event.motivation ?? null,
    data: event.data ?? {},
  });
}

/**
 * Applies a user's decision to a case through the domain state machine, then records the timeline
 * event, the audit event and the notifications the transition asks for — all in the caller's transaction.
 */
export async function decideCase(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  subject: TCaseSubject,
  state: DecisionState,
  request: TDecisionRequest,
  blockers: readonly AcceptanceBlocker[],
): Promise<{ next: DecisionState; effects: WorkflowEffect[] }> {
  const hasOfficer = (await countActiveOfficers(tx, actor.organisationId)) > 0;
  const role = actor.toolRole === 'officer' ? 'officer' : 'collaborator';
  if (request.action === 'report-personally') await checkConcernedOfficers(tx, actor, request);
  const result = transitionDecision(state, role, toDomainAction(request, hasOfficer), {
    blockers,
    organisationHasOfficer: hasOfficer,
    actorIsPersonalReporter:
      state.status === 'reported-personally' &&
      (await personalReporterOf(tx, actor, subject)) === actor.userId,
  });
  if (!result.ok) {
    throw new AppError(
      errorCodes[result.error],
      result.error === 'acceptance-blocked' ? { blockers: [...blockers] } : undefined,
    );
  }
  const text = 'motivation' in request ? request.motivation : 'comment' in request ? request.comment : null;
  const data: Omit<TAuditPayload<'case.decided'>, 'action'> = { from: state.status, to: result.next.status };
  if (request.action === 'propose') data.proposal = request.proposal;
  if (request.action === 'record-ctif-answer') data.answer = request.answer;
  if (request.action === 'final-decision') data.decision = request.decision;
  if (request.action === 'report-personally') data.reason = request.reason;
  if (blockers.length > 0) data.blockers = [...blockers];
  // A personal report and what follows it are never shown to the officers it concerns (tipping-off).
  const hiddenFrom = hiddenFromOf(result.next) ?? hiddenFromOf(state);
  if (hiddenFrom) data.hiddenFrom = hiddenFrom;
  await recordCaseEvent(tx, actor, subject, { action: request.action, motivation: text || null, data });
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'case.decided',
    subjectType: subject.subjectType,
    subjectId: subject.subjectId,
    payload: { action: request.action, ...data },
    ip: actor.ip,
  });
  await carryOutEffects(tx, ctx, actor, subject, result.effects, request.action);
  return { next: result.next, effects: result.effects };
}

/** The officers a case in personal report must not be shown to, if any. */
export function hiddenFromOf(state: DecisionState): string[] | null {
  return state.status === 'reported-personally' && state.hiddenFrom.length > 0 ? [...state.hiddenFrom] : null;
}

/** The named officers must be active officers of the organisation (and never the reporter's own name). */
async function checkConcernedOfficers(
  tx: TTx,
  actor: TActor,
  request: Extract<TDecisionRequest, { action: 'report-personally' }>,
) {
  const officers = new Set((await findOfficers(tx, actor.organisationId)).map((o) => o.user.id));
  const bad = request.concernedOfficerIds.findIndex((id) => !officers.has(id) || id === actor.userId);
  if (bad >= 0) {
    throw new AppError('validation_failed', {
      fields: [{ field: `concernedOfficerIds.${bad}`, code: 'invalid' }],
    });
  }
}

const personalReporterOf = (tx: TTx, actor: TActor, subject: TCaseSubject) =>
  personalReporter(tx, actor.organisationId, subject.subjectType, subject.subjectId);

/** Who reported the case personally to CTIF-CFI (the latest such report): only they follow it up. */
export async function personalReporter(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
): Promise<string | null> {
  const [event] = await db
    .select({ userId: caseEvents.actorUserId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        eq(caseEvents.subjectType, subjectType),
        eq(caseEvents.subjectId, subjectId),
        eq(caseEvents.action, 'report-personally'),
      ),
    )
    .orderBy(desc(caseEvents.createdAt))
    .limit(1);
  return event?.userId ?? null;
}

/**
 * The cases among `subjectIds` reported personally about the viewer (an officer they concern): their
 * goAML reports are never shown to that officer.
 */
export async function casesHiddenFrom(
  db: TDbOrTx,
  organisationId: string,
  viewerUserId: string,
  subjectIds: string[],
): Promise<Set<string>> {
  if (subjectIds.length === 0) return new Set();
  const rows = await db
    .select({ subjectId: caseEvents.subjectId })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        inArray(caseEvents.subjectId, [...new Set(subjectIds)]),
        eq(caseEvents.action, 'report-personally'),
        sql`(${caseEvents.data} -> 'hiddenFrom') @> to_jsonb(${viewerUserId}::text)`,
      ),
    );
  return new Set(rows.map((r) => r.subjectId));
}

async function carryOutEffects(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  subject: TCaseSubject,
  effects: WorkflowEffect[],
  decision: string,
) {
  const actorName = (await userNamesByIds(tx, [actor.userId])).get(actor.userId)!;
  if (effects.includes('notify-officer')) {
    const officers = (await findOfficers(tx, actor.organisationId)).map((o) => o.user);
    await notify(tx, ctx.config.publicUrl, officers, {
      organisationId: actor.organisationId,
      kind: 'case_needs_officer',
      subjectType: subject.subjectType,
      subjectId: subject.subjectId,
      title: subject.title,
      mail: { template: 'caseNeedsOfficer', vars: { actor: actorName }, path: '/declarations' },
    });
  }
  if (effects.includes('notify-collaborator') && subject.createdBy) {
    const creator = await findUserRow(tx, subject.createdBy);
    if (creator) {
      await notify(tx, ctx.config.publicUrl, [creator], {
        organisationId: actor.organisationId,
        kind: 'case_decided',
        subjectType: subject.subjectType,
        subjectId: subject.subjectId,
        title: subject.title,
        mail: { template: 'caseDecided', vars: { actor: actorName, decision }, path: subject.path },
      });
    }
  }
}

/**
 * For an officer a personal report concerns, a case's events (in order) from that report to the reporter's
 * recording of CTIF-CFI's answer are left out — the goAML steps between them included (tipping-off). The
 * Declarations page's mark follows the same rule in SQL (`reportedToCtifSql` in declared-cases.ts).
 */
function visibilityFor(viewerUserId: string | undefined) {
  let hiding = false;
  return (event: typeof caseEvents.$inferSelect): boolean => {
    if (viewerUserId === undefined) return true;
    const hiddenFrom = (event.data as { hiddenFrom?: unknown }).hiddenFrom;
    const isMarked = Array.isArray(hiddenFrom) && hiddenFrom.includes(viewerUserId);
    if (event.action === 'report-personally' && isMarked) hiding = true;
    const wasHiding = hiding;
    if (event.action === 'record-ctif-answer' && hiding) hiding = false;
    return !wasHiding && !isMarked;
  };
}

/**
 * The state a viewer may see: an officer a personal report concerns sees the case as it was before it
 * (loi art. 48; the tipping-off ban).
 */
export function decisionSeenBy(state: DecisionState, viewerUserId: string): DecisionState {
  return state.status === 'reported-personally' && state.hiddenFrom.includes(viewerUserId)
    ? state.previous
    : state;
}

/**
 * Case events with their actor's name ("First Last", null when unknown): the events of a page of cases
 * at most, so the names are read by id from the accounts module.
 */
export async function withActorNames(
  db: TDbOrTx,
  events: (typeof caseEvents.$inferSelect)[],
): Promise<TCaseEventRow[]> {
  const names = await userNamesByIds(
    db,
    events.map((e) => e.actorUserId),
  );
  return events.map((event) => ({ event, actorName: names.get(event.actorUserId ?? '') ?? null }));
}

function presentCaseEvent(r: {
  event: typeof caseEvents.$inferSelect;
  actorName: string | null;
}): TCaseEvent {
  return {
    id: r.event.id,
    action: r.event.action,
    actorName: r.actorName,
    actorRole: r.event.actorRole,
    motivation: r.event.motivation,
    data: r.event.data as Record<string, unknown>,
    createdAt: r.event.createdAt.toISOString(),
  };
}

/** The timeline of a case, oldest first, with who acted and in which role. */
export async function caseTimeline(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
  viewerUserId?: string,
): Promise<TCaseEvent[]> {
  return timelineSeenBy(await caseEventsOf(db, organisationId, subjectType, subjectId), viewerUserId);
}

export type TCaseEventRow = { event: typeof caseEvents.$inferSelect; actorName: string | null };

/** Every event of a case, oldest first, with its author's name: a case page's timeline and its measures. */
export async function caseEventsOf(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
): Promise<TCaseEventRow[]> {
  const events = await eventsOfCases(db).execute({ organisationId, types: [subjectType], ids: [subjectId] });
  return withActorNames(db, events);
}

// The events of some cases, oldest first, built once (issue 21). The subject types too, so the
// (organisation, type, subject) index answers it.
const eventsOfCases = preparedStatements('vigilo_case_events', (db: TDbOrTx, name) =>
  db
    .select()
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, sql`${sql.placeholder('organisationId')}::uuid`),
        sql`${caseEvents.subjectType} = any(${sql.placeholder('types')}::text[])`,
        sql`${caseEvents.subjectId} = any(${sql.placeholder('ids')}::uuid[])`,
      ),
    )
    .orderBy(asc(caseEvents.createdAt))
    .prepare(name),
);

/** The timeline a viewer may see of a case's events (a personal report stays hidden from others). */
export function timelineSeenBy(rows: TCaseEventRow[], viewerUserId?: string): TCaseEvent[] {
  const isVisible = visibilityFor(viewerUserId);
  return rows.filter((r) => isVisible(r.event)).map(presentCaseEvent);
}
