import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TAnnualNarrative } from '@vigilo/domain/contracts/officer-reports.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type EnterpriseNumber, formatEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { annualReportDueDate, type TAnnualReportFigures } from '@vigilo/domain/officer-reports/index.ts';
import { and, desc, eq, gte, lt, max } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { findOrganisationById } from '../organisations/organisation-by-id.ts';
import { lockOrganisation } from '../organisations/organisations.reads.ts';
import { computeAnnualFigures } from './annual-report-figures.ts';
import { amlTrainings, annualReports } from './officer-reports.schema.ts';
import { renderAnnualReportPdf } from './officer-reports-pdf.ts';
import { trainingMembers } from './training-members.ts';

/** The year's figures as of now, the saved versions, and the latest narrative to continue from. */
export async function getAnnualReport(ctx: TAppContext, actor: TActor, year: number) {
  const reports = await ctx.db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.organisationId, actor.organisationId), eq(annualReports.year, year)))
    .orderBy(desc(annualReports.versionNo));
  // A year has a few versions: their authors' names are read by id.
  const names = await userNamesByIds(
    ctx.db,
    reports.map((r) => r.createdBy),
  );
  const rows = reports.map((report) => ({
    report,
    createdByName: names.get(report.createdBy ?? '') ?? null,
  }));
  const latest = rows[0]?.report;
  return {
    year,
    dueOn: annualReportDueDate(year),
    figures: await computeAnnualFigures(ctx.db, actor.organisationId, year),
    versions: rows.map((r) => ({
      id: r.report.id,
      versionNo: r.report.versionNo,
      createdAt: r.report.createdAt.toISOString(),
      createdByName: r.createdByName,
    })),
    latest: latest
      ? { id: latest.id, versionNo: latest.versionNo, narrative: latest.narrative as TAnnualNarrative }
      : null,
  };
}

/**
 * Saves a new version of the year's report: the narrative as written and the figures as computed now
 * (a version never changes, so what was sent to the FPS Economy can always be shown again).
 */
export async function saveAnnualReport(
  ctx: TAppContext,
  actor: TActor,
  year: number,
  narrative: TAnnualNarrative,
) {
  return ctx.db.transaction(async (tx) => {
    await lockOrganisation(tx, actor.organisationId);
    const [last] = await tx
      .select({ n: max(annualReports.versionNo) })
      .from(annualReports)
      .where(and(eq(annualReports.organisationId, actor.organisationId), eq(annualReports.year, year)));
    const versionNo = (last?.n ?? 0) + 1;
    const figures = await computeAnnualFigures(tx, actor.organisationId, year);
    const [row] = await tx
      .insert(annualReports)
      .values({
        organisationId: actor.organisationId,
        year,
        versionNo,
        figures,
        narrative,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'annual_report.saved',
      subjectType: 'annual_report',
      subjectId: row!.id,
      payload: { year, versionNo },
      ip: actor.ip,
    });
    return { id: row!.id, versionNo };
  });
}

/** The PDF of a saved version, in the language asked for (FR, NL or EN). */
export async function annualReportPdf(ctx: TAppContext, actor: TActor, reportId: string, lang: TLanguage) {
  const [row] = await ctx.db
    .select()
    .from(annualReports)
    .where(and(eq(annualReports.id, reportId), eq(annualReports.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  const org = await findOrganisationById(ctx.db, actor.organisationId);
  const me = (await userNamesByIds(ctx.db, [actor.userId])).get(actor.userId);
  const pdf = await renderAnnualReportPdf({
    lang,
    organisationName: org!.name,
    enterpriseNumber: formatEnterpriseNumber(org!.enterpriseNumber as EnterpriseNumber),
    versionNo: row.versionNo,
    generatedBy: me!,
    generatedAt: new Date(),
    year: row.year,
    dueOn: annualReportDueDate(row.year),
    figures: row.figures as TAnnualReportFigures,
    narrative: row.narrative as TAnnualNarrative,
  });
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'annual_report.pdf_generated',
      subjectType: 'annual_report',
      subjectId: row.id,
      payload: { lang, versionNo: row.versionNo },
      ip: actor.ip,
    }),
  );
  return { pdf, filename: `annual-aml-report-${row.year}-v${row.versionNo}-${lang}.pdf` };
}

/**
 * Training sessions (law of 18 September 2017 art. 11), newest first; of one year when asked. Each names the members who
 * attended; the agency's active members come along, to choose attendees from (issue 14, item 13).
 */
export async function listTrainings(ctx: TAppContext, actor: TActor, year?: number) {
  const rows = await ctx.db
    .select()
    .from(amlTrainings)
    .where(
      and(
        eq(amlTrainings.organisationId, actor.organisationId),
        year ? gte(amlTrainings.heldOn, `${year}-01-01`) : undefined,
        year ? lt(amlTrainings.heldOn, `${year + 1}-01-01`) : undefined,
      ),
    )
    .orderBy(desc(amlTrainings.heldOn));
  const people = await trainingMembers(
    ctx.db,
    actor.organisationId,
    rows.flatMap((r) => r.attendeeUserIds),
  );
  const nameOf = new Map(people.map((p) => [p.userId, p.name]));
  return {
    items: rows.map((r) => ({
      id: r.id,
      heldOn: r.heldOn,
      topic: r.topic,
      attendees: r.attendees,
      attendeeCount: r.attendeeCount,
      attendeeMembers: r.attendeeUserIds.flatMap((userId) => {
        const name = nameOf.get(userId);
        return name ? [{ userId, name }] : [];
      }),
    })),
    members: people.filter((p) => p.active).map((p) => ({ userId: p.userId, name: p.name })),
  };
}

export async function recordTraining(
  ctx: TAppContext,
  actor: TActor,
  input: {
    heldOn: string;
    topic: string;
    attendees: string;
    attendeeCount: number;
    attendeeUserIds: string[];
  },
) {
  return ctx.db.transaction(async (tx) => {
    const attendeeUserIds = [...new Set(input.attendeeUserIds)];
    const members = new Set((await trainingMembers(tx, actor.organisationId)).map((m) => m.userId));
    const strangers = attendeeUserIds.flatMap((id, index) =>
      members.has(id) ? [] : [{ field: `attendeeUserIds.${index}`, code: 'not_a_member' }],
    );
    if (strangers.length) throw new AppError('validation_failed', { fields: strangers });
    const [row] = await tx
      .insert(amlTrainings)
      .values({
        organisationId: actor.organisationId,
        ...input,
        attendeeUserIds,
        // The count covers at least the members named; outside participants come on top.
        attendeeCount: Math.max(input.attendeeCount, attendeeUserIds.length),
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'training.recorded',
      subjectType: 'training',
      subjectId: row!.id,
      payload: { ...input, attendeeUserIds },
      ip: actor.ip,
    });
    return { id: row!.id };
  });
}

export async function deleteTraining(ctx: TAppContext, actor: TActor, trainingId: string) {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(amlTrainings)
      .where(and(eq(amlTrainings.id, trainingId), eq(amlTrainings.organisationId, actor.organisationId)))
      .returning();
    if (!row) throw new AppError('not_found');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'training.deleted',
      subjectType: 'training',
      subjectId: row.id,
      payload: { heldOn: row.heldOn, topic: row.topic },
      ip: actor.ip,
    });
  });
}
