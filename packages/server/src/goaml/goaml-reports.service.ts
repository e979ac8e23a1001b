import { createHash } from 'node:crypto';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TGoAmlReportDetail, TGoAmlTextsView } from '@vigilo/domain/contracts/goaml.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  type GoAmlAnswer,
  type GoAmlReportAction,
  type GoAmlReportError,
  type GoAmlReportState,
  transitionGoAmlReport,
} from '@vigilo/domain/workflow/index.ts';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { casesHiddenFrom, personalReporter, recordCaseEvent } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { translator } from '../i18n/i18n.ts';
import type { TCaseTitle } from '../risk/case-title.ts';
import { decideRiskProfileInTx } from '../risk/risk-profiles.service.ts';
import { decideTransactionInTx } from '../transactions/transactions.service.ts';
import { goamlReportFiles, goamlReports } from './goaml.schema.ts';
import { buildReportFile, defaultTexts, motivationQuote } from './goaml-build.ts';
import { caseTitles, loadGoAmlCase } from './goaml-case-data.ts';
import { prepareGoAmlReport } from './goaml-prepare.ts';
import { activeProfile } from './goaml-profiles.service.ts';

type TReportRow = typeof goamlReports.$inferSelect;

const today = () => new Date().toISOString().slice(0, 10);

/** A report's texts; reports drafted before the language choice existed were written in French. */
function textsOf(row: TReportRow): TGoAmlTextsView {
  const texts = row.texts as Omit<TGoAmlTextsView, 'language'> & { language?: TGoAmlTextsView['language'] };
  return { ...texts, language: texts.language ?? 'fr' };
}

async function loadReport(db: TDbOrTx, actor: TActor, reportId: string, lock = false): Promise<TReportRow> {
  const query = db
    .select()
    .from(goamlReports)
    .where(and(eq(goamlReports.id, reportId), eq(goamlReports.organisationId, actor.organisationId)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found');
  // A personal report about this officer does not exist for them (tipping-off).
  if ((await casesHiddenFrom(db, actor.organisationId, actor.userId, [row.subjectId])).size > 0) {
    throw new AppError('not_found');
  }
  return row;
}

/**
 * The report of a case the actor reported personally to CTIF-CFI (loi art. 48), loaded for them: they
 * act in the officer's stead for this report only.
 */
async function loadPersonalReport(db: TDbOrTx, actor: TActor, reportId: string, lock = false) {
  const row = await loadReport(db, actor, reportId, lock);
  const reporter = await personalReporter(db, actor.organisationId, row.subjectType, row.subjectId);
  if (reporter !== actor.userId) throw new AppError('not_found');
  return row;
}

/**
 * The reporting employee steps through the goAML lifecycle like an officer would (loi art. 48), keeping
 * their own role everywhere else (timeline, audit).
 */
const personalReporters = new WeakSet<TActor>();
function asReporter(actor: TActor): TActor {
  personalReporters.add(actor);
  return actor;
}

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

const lifecycleErrors: Record<GoAmlReportError, { field: string; code: string } | null> = {
  'invalid-transition': null,
  'forbidden-role': null,
  'invalid-date': { field: 'date', code: 'invalid_format' },
  'date-before-previous-step': { field: 'date', code: 'date_before_previous_step' },
  'reference-required': { field: 'reference', code: 'required' },
};

/** Applies a lifecycle action through the domain state machine (officer only: law of 18 September 2017 art. 47). */
function transition(actor: TActor, state: GoAmlReportState, action: GoAmlReportAction): GoAmlReportState {
  const result = transitionGoAmlReport(
    state,
    actor.toolRole === 'officer' || personalReporters.has(actor) ? 'officer' : 'collaborator',
    action,
  );
  if (result.ok) return result.next;
  if (result.error === 'forbidden-role') throw new AppError('forbidden');
  const field = lifecycleErrors[result.error];
  if (!field) throw new AppError('invalid_transition');
  throw new AppError('validation_failed', { fields: [field] });
}

async function build(db: TDbOrTx, actor: TActor, row: TReportRow, lang: TLanguage) {
  const caseData = await loadGoAmlCase(db, actor.organisationId, row.subjectType, row.subjectId);
  const profile = await activeProfile(db);
  const built = await buildReportFile(db, {
    organisationId: actor.organisationId,
    officerUserId: actor.userId,
    lang,
    caseData,
    texts: textsOf(row),
    fiuRefNumber: row.fiuRefNumber,
    profile,
  });
  return { caseData, profile, built };
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

function presentSummary(
  row: TReportRow,
  title: { title: TCaseTitle; path: string } | undefined,
  lang: TLanguage,
) {
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    subjectPath: title?.path ?? '/declarations',
    kind: row.kind,
    title: title?.title(lang) ?? row.subjectId,
    state: row.state as GoAmlReportState,
    fiuRefNumber: row.fiuRefNumber,
    previousReportId: row.previousReportId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
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
  const files = await ctx.db
    .select({ file: goamlReportFiles, firstName: users.firstName, lastName: users.lastName })
    .from(goamlReportFiles)
    .leftJoin(users, eq(users.id, goamlReportFiles.downloadedBy))
    .where(
      and(eq(goamlReportFiles.reportId, row.id), eq(goamlReportFiles.organisationId, actor.organisationId)),
    )
    .orderBy(asc(goamlReportFiles.createdAt));
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
      downloadedByName: f.firstName ? `${f.firstName} ${f.lastName}` : null,
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
    const draft: GoAmlReportState = { status: 'draft' };
    const [created] = await tx
      .insert(goamlReports)
      .values({
        organisationId: actor.organisationId,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        kind: row.kind,
        state: draft,
        status: draft.status,
        texts: row.texts,
        previousReportId: row.id,
        fiuRefNumber: state.reference,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'goaml.report_created',
      subjectType: 'goaml_report',
      subjectId: created!.id,
      payload: { completes: row.id, fiuRefNumber: state.reference },
      ip: actor.ip,
    });
    return { id: created!.id };
  });
}
