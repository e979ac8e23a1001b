import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import {
  isReviewDue,
  nextReviewDue,
  type TRiskAssessmentContent,
} from '@vigilo/domain/officer-reports/index.ts';
import { and, desc, eq, gt, max } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDb } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { enqueueJob } from '../jobs/jobs.service.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { lockOrganisation } from '../organisations/organisations.reads.ts';
import { riskAssessments } from './officer-reports.schema.ts';
import { renderRiskAssessmentPdf } from './officer-reports-pdf.ts';

export const riskAssessmentReviewJob = 'risk-assessment.review-due';

const today = () => new Date().toISOString().slice(0, 10);

export async function getRiskAssessment(ctx: TAppContext, actor: TActor) {
  const assessments = await ctx.db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.organisationId, actor.organisationId))
    .orderBy(desc(riskAssessments.versionNo));
  // An agency has a few versions of its assessment: their authors' names are read by id.
  const names = await userNamesByIds(
    ctx.db,
    assessments.map((a) => a.createdBy),
  );
  const rows = assessments.map((row) => ({ row, createdByName: names.get(row.createdBy ?? '') ?? null }));
  const versions = rows.map((r) => ({
    id: r.row.id,
    versionNo: r.row.versionNo,
    reviewedOn: r.row.reviewedOn,
    nextReviewDue: r.row.nextReviewDue,
    createdAt: r.row.createdAt.toISOString(),
    createdByName: r.createdByName,
  }));
  const current = rows[0]
    ? { ...versions[0]!, content: rows[0].row.content as TRiskAssessmentContent }
    : null;
  return { current, isReviewDue: current ? isReviewDue(current.nextReviewDue, today()) : true, versions };
}

/**
 * Saves a new version, reviewed by the officer on `reviewedOn`; the next review is due a year later, and a
 * reminder is scheduled for that day (officers are notified unless a newer version exists by then).
 */
export async function saveRiskAssessment(
  ctx: TAppContext,
  actor: TActor,
  input: { content: TRiskAssessmentContent; reviewedOn: string },
) {
  return ctx.db.transaction(async (tx) => {
    await lockOrganisation(tx, actor.organisationId);
    const [last] = await tx
      .select({ n: max(riskAssessments.versionNo) })
      .from(riskAssessments)
      .where(eq(riskAssessments.organisationId, actor.organisationId));
    const versionNo = (last?.n ?? 0) + 1;
    const due = nextReviewDue(input.reviewedOn);
    const [row] = await tx
      .insert(riskAssessments)
      .values({
        organisationId: actor.organisationId,
        versionNo,
        content: input.content,
        reviewedOn: input.reviewedOn,
        nextReviewDue: due,
        createdBy: actor.userId,
      })
      .returning();
    await enqueueJob(
      tx,
      riskAssessmentReviewJob,
      { organisationId: actor.organisationId, versionNo },
      { runAt: new Date(`${due}T07:00:00Z`), dedupeKey: `risk-assessment-review:${row!.id}` },
    );
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'risk_assessment.saved',
      subjectType: 'risk_assessment',
      subjectId: row!.id,
      payload: {
        versionNo,
        reviewedOn: input.reviewedOn,
        nextReviewDue: due,
        overallRisk: input.content.overallRisk,
      },
      ip: actor.ip,
    });
    return { id: row!.id, versionNo };
  });
}

/** The yearly review reminder: tells the officers, unless the assessment was reviewed again since. */
export function createRiskAssessmentReviewHandler(db: TDb, publicUrl: string) {
  return async (payload: Record<string, unknown>) => {
    const organisationId = String(payload.organisationId);
    const versionNo = Number(payload.versionNo);
    await db.transaction(async (tx) => {
      const [newer] = await tx
        .select({ id: riskAssessments.id })
        .from(riskAssessments)
        .where(
          and(eq(riskAssessments.organisationId, organisationId), gt(riskAssessments.versionNo, versionNo)),
        );
      if (newer) return;
      const [current] = await tx
        .select()
        .from(riskAssessments)
        .where(
          and(eq(riskAssessments.organisationId, organisationId), eq(riskAssessments.versionNo, versionNo)),
        );
      if (!current) return;
      const officers = (await findOfficers(tx, organisationId)).map((o) => o.user);
      await notify(tx, publicUrl, officers, {
        organisationId,
        kind: 'risk_assessment_review_due',
        subjectType: 'risk_assessment',
        subjectId: current.id,
        title: `v${current.versionNo}`,
        mail: {
          template: 'riskAssessmentReviewDue',
          vars: { due: current.nextReviewDue },
          path: '/risk-assessment',
        },
      });
    });
  };
}

export async function riskAssessmentPdf(
  ctx: TAppContext,
  actor: TActor,
  assessmentId: string,
  lang: TLanguage,
) {
  const [row] = await ctx.db
    .select()
    .from(riskAssessments)
    .where(
      and(eq(riskAssessments.id, assessmentId), eq(riskAssessments.organisationId, actor.organisationId)),
    );
  if (!row) throw new AppError('not_found');
  const org = await findOrganisationById(ctx.db, actor.organisationId);
  const me = (await userNamesByIds(ctx.db, [actor.userId])).get(actor.userId);
  const pdf = await renderRiskAssessmentPdf({
    lang,
    organisationName: org!.name,
    enterpriseNumber: formatEnterpriseNumber(org!.enterpriseNumber as EnterpriseNumber),
    versionNo: row.versionNo,
    generatedBy: me!,
    generatedAt: new Date(),
    reviewedOn: row.reviewedOn,
    nextReviewDue: row.nextReviewDue,
    content: row.content as TRiskAssessmentContent,
  });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'risk_assessment.pdf_generated',
      subjectType: 'risk_assessment',
      subjectId: row.id,
      payload: { lang, versionNo: row.versionNo },
      ip: actor.ip,
    }),
  );
  return { pdf, filename: `risk-assessment-v${row.versionNo}-${lang}.pdf` };
}
