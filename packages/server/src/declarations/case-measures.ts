import type { TCaseEvent, TCaseMeasures, THeightenedMeasuresRequest } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { PepMeasures } from '@vigilo/domain/risk/index.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import { documentById } from '../documents/documents.reads.ts';
import type { TActor } from '../http/actor.ts';
import type { TCaseAdapter, TCaseRow } from './case-pipeline.ts';
import {
  caseEventsOf,
  recordCaseEvent,
  type TCaseEventRow,
  timelineSeenBy,
  withActorNames,
} from './case-workflow.ts';
import { caseEvents } from './declarations.schema.ts';

/** Timeline actions that record the enhanced measures and senior management's approval. */
const MEASURES = 'heightened-measures';
const APPROVAL = 'manager-approval';

export type TRecordedMeasures = Omit<TCaseMeasures, 'pepCase'>;

/**
 * The enhanced measures recorded on a case (the latest record) and senior management's approval,
 * which counts only when given after the latest measures: a manager approves knowing the sources.
 */
export async function caseMeasuresOf(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
): Promise<TRecordedMeasures> {
  const events = await db
    .select()
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.organisationId, organisationId),
        eq(caseEvents.subjectType, subjectType),
        eq(caseEvents.subjectId, subjectId),
        inArray(caseEvents.action, [MEASURES, APPROVAL]),
      ),
    )
    .orderBy(asc(caseEvents.createdAt));
  return measuresRecordedIn(await withActorNames(db, events));
}

/**
 * A case page's timeline and recorded measures from one read of its events (issue 21: two reads of the
 * same events, each with its names read).
 */
export async function caseRecordOf(
  db: TDbOrTx,
  organisationId: string,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
  viewerUserId: string,
): Promise<{ timeline: TCaseEvent[]; recorded: TRecordedMeasures }> {
  const rows = await caseEventsOf(db, organisationId, subjectType, subjectId);
  return { timeline: timelineSeenBy(rows, viewerUserId), recorded: measuresRecordedIn(rows) };
}

/** The measures and the approval among a case's events, oldest first (other events are passed over). */
function measuresRecordedIn(rows: TCaseEventRow[]): TRecordedMeasures {
  let recorded: TRecordedMeasures = { measures: null, managerApproval: null };
  for (const { event, actorName: name } of rows) {
    if (event.action !== MEASURES && event.action !== APPROVAL) continue;
    const at = event.createdAt.toISOString();
    if (event.action === MEASURES) {
      const data = event.data as THeightenedMeasuresRequest;
      recorded = {
        measures: {
          sourceOfWealth: data.sourceOfWealth ?? '',
          sourceOfFunds: data.sourceOfFunds ?? '',
          additionalInformation: data.additionalInformation ?? '',
          documentIds: data.documentIds ?? [],
          recordedByName: name,
          recordedAt: at,
        },
        managerApproval: null,
      };
    } else {
      recorded = {
        ...recorded,
        managerApproval: { approvedByName: name, approvedAt: at, comment: event.motivation ?? '' },
      };
    }
  }
  return recorded;
}

/** The PEP measures a case has (loi art. 41 §1): both sources established and the manager's approval. */
export function pepMeasuresOf(recorded: TRecordedMeasures): PepMeasures {
  return {
    sourceOfWealthRecorded: (recorded.measures?.sourceOfWealth ?? '') !== '',
    sourceOfFundsRecorded: (recorded.measures?.sourceOfFunds ?? '') !== '',
    seniorManagementApproved: recorded.managerApproval !== null,
  };
}

const isFinal = (row: TCaseRow) => {
  const status = (row.decision as DecisionState).status;
  return status === 'accepted' || status === 'refused';
};

/**
 * Records what additional information was obtained on a case not yet decided (source of wealth and of
 * funds, other information, supporting documents of the organisation): a timeline event and its audit
 * event in one transaction (issue 14, item 12).
 */
export async function recordCaseMeasures<TRow extends TCaseRow, TInput>(
  ctx: TAppContext,
  actor: TActor,
  adapter: TCaseAdapter<TRow, TInput>,
  id: string,
  measures: THeightenedMeasuresRequest,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await adapter.load(tx, actor, id);
    await adapter.lock(tx, id);
    const row = await adapter.load(tx, actor, id);
    if (isFinal(row)) throw new AppError('invalid_transition');
    const documentIds = [...new Set(measures.documentIds)];
    for (const documentId of documentIds) {
      if (!(await documentById(tx, actor.organisationId, documentId))) {
        throw new AppError('validation_failed', { fields: [{ field: 'documentIds', code: 'invalid' }] });
      }
    }
    const data = { ...measures, documentIds };
    await recordCaseEvent(tx, actor, await adapter.subject(tx, actor, row), { action: MEASURES, data });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'case.measures_recorded',
      subjectType: adapter.subjectType,
      subjectId: row.id,
      payload: {
        sourceOfWealth: data.sourceOfWealth !== '',
        sourceOfFunds: data.sourceOfFunds !== '',
        documents: documentIds.length,
      },
      ip: actor.ip,
    });
  });
}

/**
 * Senior management's approval of a PEP relationship (loi art. 41 §1), given by a manager of the
 * organisation, besides the AML officer's decision; only once the source of wealth and of funds are
 * recorded, on a case not yet decided.
 */
export async function approveCaseAsManager<TRow extends TCaseRow, TInput>(
  ctx: TAppContext,
  actor: TActor,
  adapter: TCaseAdapter<TRow, TInput>,
  id: string,
  comment: string,
): Promise<void> {
  if (!actor.isManager) throw new AppError('forbidden');
  await ctx.db.transaction(async (tx) => {
    await adapter.load(tx, actor, id);
    await adapter.lock(tx, id);
    const row = await adapter.load(tx, actor, id);
    if (isFinal(row)) throw new AppError('invalid_transition');
    const have = pepMeasuresOf(await caseMeasuresOf(tx, actor.organisationId, adapter.subjectType, row.id));
    if (!have.sourceOfWealthRecorded || !have.sourceOfFundsRecorded) {
      throw new AppError('pep_sources_missing', {
        missing: [
          ...(have.sourceOfWealthRecorded ? [] : ['pep-source-of-wealth-missing']),
          ...(have.sourceOfFundsRecorded ? [] : ['pep-source-of-funds-missing']),
        ],
      });
    }
    await recordCaseEvent(tx, actor, await adapter.subject(tx, actor, row), {
      action: APPROVAL,
      motivation: comment || null,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'case.manager_approved',
      subjectType: adapter.subjectType,
      subjectId: row.id,
      payload: {},
      ip: actor.ip,
    });
  });
}
