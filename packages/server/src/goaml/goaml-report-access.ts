// The goAML report as the report services read it: loading with the tipping-off guard, the lifecycle
// state machine, the built file and the list summary (split from goaml-reports.service.ts, issue 19).
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TGoAmlTextsView } from '@vigilo/domain/contracts/goaml.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  type GoAmlReportAction,
  type GoAmlReportError,
  type GoAmlReportState,
  transitionGoAmlReport,
} from '@vigilo/domain/workflow/index.ts';
import { and, eq } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';
import { casesHiddenFrom, personalReporter } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import type { TCaseTitle } from '../risk/case-title.ts';
import { goamlReports } from './goaml.schema.ts';
import { buildReportFile } from './goaml-build.ts';
import { loadGoAmlCase } from './goaml-case-data.ts';
import { activeProfile } from './goaml-profiles.service.ts';

export type TReportRow = typeof goamlReports.$inferSelect;

export const today = () => new Date().toISOString().slice(0, 10);

/** A report's texts; reports drafted before the language choice existed were written in French. */
export function textsOf(row: TReportRow): TGoAmlTextsView {
  const texts = row.texts as Omit<TGoAmlTextsView, 'language'> & { language?: TGoAmlTextsView['language'] };
  return { ...texts, language: texts.language ?? 'fr' };
}

export async function loadReport(
  db: TDbOrTx,
  actor: TActor,
  reportId: string,
  lock = false,
): Promise<TReportRow> {
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
export async function loadPersonalReport(db: TDbOrTx, actor: TActor, reportId: string, lock = false) {
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
export function asReporter(actor: TActor): TActor {
  personalReporters.add(actor);
  return actor;
}

const lifecycleErrors: Record<GoAmlReportError, { field: string; code: string } | null> = {
  'invalid-transition': null,
  'forbidden-role': null,
  'invalid-date': { field: 'date', code: 'invalid_format' },
  'date-before-previous-step': { field: 'date', code: 'date_before_previous_step' },
  'reference-required': { field: 'reference', code: 'required' },
};

/** Applies a lifecycle action through the domain state machine (officer only: law of 18 September 2017 art. 47). */
export function transition(
  actor: TActor,
  state: GoAmlReportState,
  action: GoAmlReportAction,
): GoAmlReportState {
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

export async function build(db: TDbOrTx, actor: TActor, row: TReportRow, lang: TLanguage) {
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

export function presentSummary(
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
