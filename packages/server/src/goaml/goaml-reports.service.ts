import { createHash } from 'node:crypto';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TGoAmlReportDetail, TGoAmlTextsView } from '@vigilo/domain/contracts/goaml.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { GoAmlReportState } from '@vigilo/domain/workflow/index.ts';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import { casesHiddenFrom, personalReporter } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { goamlReportFiles, goamlReports } from './goaml.schema.ts';
import { defaultTexts, motivationQuote } from './goaml-build.ts';
import { caseTitles, loadGoAmlCase } from './goaml-case-data.ts';
import { prepareGoAmlReport } from './goaml-prepare.ts';
import {
  asReporter,
  build,
  loadPersonalReport,
  loadReport,
  presentSummary,
  textsOf,
  today,
  transition,
} from './goaml-report-access.ts';
import { recordGoAmlSubmission } from './goaml-report-lifecycle.service.ts';

/** The goAML report of a case the actor reported personally, if they did (their decision panel asks). */
export async function findPersonalGoAmlReport(
  ctx: TAppContext,
  actor: TActor,
  subjectId: string,
): Promise<{ report: { id: string; state: GoAmlReportState } | null }> {
  const [row] = await ctx.db
    .select()
    .from(goamlReports)
    .where(
      and(
        eq(goamlReports.organisationId, actor.organisationId),
        eq(goamlReports.subjectId, subjectId),
        isNull(goamlReports.previousReportId),
      ),
    );
  if (!row) return { report: null };
  const reporter = await personalReporter(ctx.db, actor.organisationId, row.subjectType, row.subjectId);
  if (reporter !== actor.userId) return { report: null };
  return { report: { id: row.id, state: row.state as GoAmlReportState } };
}

/** The reporting employee downloads the goAML file of their personal report (validated as any). */
export async function downloadPersonalGoAmlReport(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  lang: TLanguage,
) {
  await loadPersonalReport(ctx.db, actor, reportId);
  return downloadGoAmlReport(ctx, asReporter(actor), reportId, lang);
}

/** The reporting employee records the submission of their personal report on the goAML portal. */
export async function recordPersonalGoAmlSubmission(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  input: { submittedOn: string; reference: string },
  lang: TLanguage,
) {
  await loadPersonalReport(ctx.db, actor, reportId);
  await recordGoAmlSubmission(ctx, asReporter(actor), reportId, input, lang);
}

export async function listGoAmlReports(ctx: TAppContext, actor: TActor, lang: TLanguage, subjectId?: string) {
  let rows = await ctx.db
    .select()
    .from(goamlReports)
    .where(
      and(
        eq(goamlReports.organisationId, actor.organisationId),
        subjectId ? eq(goamlReports.subjectId, subjectId) : undefined,
      ),
    )
    .orderBy(desc(goamlReports.updatedAt))
    .limit(200);
  const hidden = await casesHiddenFrom(
    ctx.db,
    actor.organisationId,
    actor.userId,
    rows.map((r) => r.subjectId),
  );
  rows = rows.filter((r) => !hidden.has(r.subjectId));
  const titles = await caseTitles(ctx.db, actor.organisationId, rows);
  return { items: rows.map((r) => presentSummary(r, titles.get(r.subjectId), lang)) };
}

/** The report with its readable preview, the changes made to fit the schema and the schema's verdict. */
export async function getGoAmlReport(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  lang: TLanguage,
): Promise<TGoAmlReportDetail> {
  const row = await loadReport(ctx.db, actor, reportId);
  const { caseData, profile, built } = await build(ctx.db, actor, row, lang);
  const fileRows = await ctx.db
    .select()
    .from(goamlReportFiles)
    .where(
      and(eq(goamlReportFiles.reportId, row.id), eq(goamlReportFiles.organisationId, actor.organisationId)),
    )
    .orderBy(asc(goamlReportFiles.createdAt));
  // One report's files are few: who downloaded them is read by id.
  const names = await userNamesByIds(
    ctx.db,
    fileRows.map((file) => file.downloadedBy),
  );
  const files = fileRows.map((file) => ({
    file,
    downloadedByName: names.get(file.downloadedBy ?? '') ?? null,
  }));
  const followUps = await ctx.db
    .select()
    .from(goamlReports)
    .where(
      and(eq(goamlReports.organisationId, actor.organisationId), eq(goamlReports.previousReportId, row.id)),
    )
    .orderBy(asc(goamlReports.createdAt));
  return {
    ...presentSummary(row, { title: caseData.subject.title, path: caseData.subject.path }, lang),
    texts: textsOf(row),
    motivationQuote: motivationQuote(caseData, textsOf(row).language),
    preview: built.report,
    adjustments: built.adjustments,
    errors: built.errors,
    settingsMissing: built.settingsMissing,
    profile: { name: profile.name, isBuiltIn: profile.id === null },
    files: files.map((f) => ({
      id: f.file.id,
      sha256: f.file.sha256,
      profileName: f.file.profileName,
      downloadedByName: f.downloadedByName,
      createdAt: f.file.createdAt.toISOString(),
    })),
    followUps: followUps.map((f) => ({ id: f.id, status: f.status, createdAt: f.createdAt.toISOString() })),
  };
}

/** Opens (or creates, for a case reported before goAML reports existed) the report of a reported case. */
export async function openGoAmlReport(
  ctx: TAppContext,
  actor: TActor,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const caseData = await loadGoAmlCase(tx, actor.organisationId, subjectType, subjectId);
    const reported =
      ['awaiting-ctif', 'ctif-answered'].includes(caseData.status) || caseData.officerComment !== null;
    if (!reported) throw new AppError('invalid_transition');
    return { id: await prepareGoAmlReport(tx, actor, subjectType, subjectId) };
  });
}

/**
 * The officer edits the free texts until the report is submitted. Choosing another language writes the
 * generated texts (reason with the factors, action, transaction description) again in that language;
 * texts sent along in the same request are kept as sent.
 */
export async function updateGoAmlTexts(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  texts: Partial<TGoAmlTextsView>,
) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, reportId, true);
    if (row.status !== 'draft' && row.status !== 'downloaded') throw new AppError('invalid_transition');
    const current = textsOf(row);
    const relanguaged =
      texts.language && texts.language !== current.language
        ? {
            ...current,
            ...defaultTexts(
              await loadGoAmlCase(tx, actor.organisationId, row.subjectType, row.subjectId),
              texts.language,
            ),
            transactionDate: current.transactionDate,
            institutionName: current.institutionName,
          }
        : current;
    const next = { ...relanguaged, ...texts };
    await tx
      .update(goamlReports)
      .set({ texts: next, updatedAt: new Date() })
      .where(eq(goamlReports.id, row.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.report_updated',
      subjectType: 'goaml_report',
      subjectId: row.id,
      payload: { fields: Object.keys(texts) },
      ip: actor.ip,
    });
  });
}

/**
 * The XML file to upload on the goAML portal. It is validated against the active profile's XSD first: a
 * file the schema refuses is never handed out; the refusal lists each problem in plain words with its
 * element path. Each download is kept byte for byte (what CTIF received can be shown to the supervisor).
 */
export async function downloadGoAmlReport(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  lang: TLanguage,
) {
  return ctx.db.transaction(async (tx) => {
    const row = await loadReport(tx, actor, reportId, true);
    const next = transition(actor, row.state as GoAmlReportState, { type: 'download', on: today() });
    const { profile, built } = await build(tx, actor, row, lang);
    if (built.settingsMissing) throw new AppError('goaml_settings_missing');
    if (built.errors.length > 0 || !built.xml) {
      throw new AppError('goaml_report_invalid', {
        explained: built.errors.map((e) => ({ field: e.path, code: e.code, message: e.message })),
      });
    }
    const sha256 = createHash('sha256').update(built.xml).digest('hex');
    await tx.insert(goamlReportFiles).values({
      organisationId: actor.organisationId,
      reportId: row.id,
      xml: built.xml,
      sha256,
      profileName: profile.name,
      profileId: profile.id,
      adjustments: built.adjustments,
      downloadedBy: actor.userId,
    });
    await tx
      .update(goamlReports)
      .set({ state: next, status: next.status, updatedAt: new Date() })
      .where(eq(goamlReports.id, row.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.report_downloaded',
      subjectType: 'goaml_report',
      subjectId: row.id,
      payload: { sha256, profile: profile.name, adjustments: built.adjustments.length },
      ip: actor.ip,
    });
    const reference = row.subjectType === 'transaction' ? 'STR' : 'SAR';
    return { xml: built.xml, filename: `goaml-${reference}-${row.id.slice(0, 8)}.xml` };
  });
}

/** Records a refused download in the audit trail (the refusal itself rolled its transaction back). */
export async function recordRefusedDownload(
  ctx: TAppContext,
  actor: TActor,
  reportId: string,
  errors: number,
) {
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.download_refused',
      subjectType: 'goaml_report',
      subjectId: reportId,
      payload: { errors },
      ip: actor.ip,
    }),
  );
}

export {
  createGoAmlFollowUp,
  recordGoAmlAnswer,
  recordGoAmlSubmission,
} from './goaml-report-lifecycle.service.ts';
