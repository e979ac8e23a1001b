// The goAML report after its download: submission on the portal, CTIF-CFI's answer and follow-up reports
// (split from goaml-reports.service.ts, issue 19).
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { GoAmlAnswer, GoAmlReportState } from '@vigilo/domain/workflow/index.ts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { recordCaseEvent } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { translator } from '../i18n/i18n.ts';
import { decideRiskProfileInTx } from '../risk/risk-profiles.service.ts';
import { decideTransactionInTx } from '../transactions/transactions.service.ts';
import { goamlReports } from './goaml.schema.ts';
import { loadGoAmlCase } from './goaml-case-data.ts';
import { insertGoAmlReport } from './goaml-prepare.ts';
import { loadReport, type TReportRow, transition } from './goaml-report-access.ts';

async function caseEvent(
  tx: TTx,
  actor: TActor,
  row: TReportRow,
  action: string,
  motivation: string | null,
  data: Record<string, unknown>,
) {
  const caseData = await loadGoAmlCase(tx, actor.organisationId, row.subjectType, row.subjectId);
  await recordCaseEvent(tx, actor, caseData.subject, {
    action,
    motivation,
    data: { reportId: row.id, ...data },
  });
  return caseData;
}

/** The officer submitted the file on the goAML portal: date and goAML reference, on the case's timeline. */
export async function recordGoAmlSubmission(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  input: { submittedOn: string; reference: string },
  lang: TLanguage,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, reportId, true);
    const next = transition(actor, row.state as GoAmlReportState, { type: 'record-submission', ...input });
    if (next.status !== 'submitted') throw new AppError('invalid_transition');
    await tx
      .update(goamlReports)
      .set({ state: next, status: next.status, updatedAt: new Date() })
      .where(eq(goamlReports.id, row.id));
    const t = translator(lang);
    await caseEvent(tx, actor, row, 'goaml-submitted', t('goaml:timeline.submitted', next), {
      submittedOn: next.submittedOn,
      reference: next.reference,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.submission_recorded',
      subjectType: 'goaml_report',
      subjectId: row.id,
      payload: { submittedOn: next.submittedOn, reference: next.reference },
      ip: actor.ip,
    });
  });
}

/**
 * CTIF-CFI's answer. "No objection" and "opposition" are the case's CTIF answer too: when the case still
 * awaits CTIF, the same answer is recorded on it (`record-ctif-answer`), so the officer can take the final
 * decision. A request for information leaves the case awaiting CTIF; a follow-up report answers it.
 */
export async function recordGoAmlAnswer(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  input: { answeredOn: string; answer: GoAmlAnswer; comment: string },
  lang: TLanguage,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, reportId, true);
    const next = transition(actor, row.state as GoAmlReportState, { type: 'record-answer', ...input });
    await tx
      .update(goamlReports)
      .set({ state: next, status: next.status, updatedAt: new Date() })
      .where(eq(goamlReports.id, row.id));
    const t = translator(lang);
    const note = [t('goaml:timeline.answered', { answeredOn: input.answeredOn }), input.comment]
      .filter(Boolean)
      .join('\n');
    const caseData = await caseEvent(tx, actor, row, 'goaml-answered', note, {
      answer: input.answer,
      answeredOn: input.answeredOn,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.answer_recorded',
      subjectType: 'goaml_report',
      subjectId: row.id,
      payload: { answeredOn: input.answeredOn, answer: input.answer },
      ip: actor.ip,
    });
    if (caseData.status === 'awaiting-ctif' && input.answer !== 'information-request') {
      const request = { action: 'record-ctif-answer' as const, answer: input.answer, comment: input.comment };
      if (row.subjectType === 'risk_profile')
        await decideRiskProfileInTx(tx, ctx, actor, row.subjectId, request);
      else await decideTransactionInTx(tx, ctx, actor, row.subjectId, request);
    }
  });
}

/** A report completing an earlier one, carrying CTIF's (goAML) reference of it (`fiu_ref_number`). */
export async function createGoAmlFollowUp(ctx: TAppContext, actor: TActor, reportId: string) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, reportId, true);
    const state = row.state as GoAmlReportState;
    if (state.status !== 'submitted' && state.status !== 'answered') throw new AppError('invalid_transition');
    const created = await insertGoAmlReport(
      tx,
      actor,
      {
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        kind: row.kind,
        texts: row.texts,
        previousReportId: row.id,
        fiuRefNumber: state.reference,
      },
      { completes: row.id, fiuRefNumber: state.reference },
    );
    return { id: created.id };
  });
}
