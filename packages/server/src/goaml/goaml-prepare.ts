import type { TAuditPayloadOf } from '@vigilo/domain/contracts/audit-payloads.ts';
import type { GoAmlReportState } from '@vigilo/domain/workflow/index.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { findUserContact } from '../accounts/accounts.reads.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { goamlReports } from './goaml.schema.ts';
import { defaultTexts, reportLanguageFor } from './goaml-build.ts';
import { loadGoAmlCase } from './goaml-case-data.ts';

/**
 * Prepares the goAML report of a case the officer has just reported to CTIF-CFI (M8), in the decision's
 * transaction: a draft with texts in the officer's language if CTIF-CFI accepts it (FR or NL; the officer can
 * switch): their comment and the vigilance factors. Called right after the `report-to-ctif` decision, and lazily
 * when an officer opens the report of a case reported before goAML reports existed. Idempotent.
 */
export async function prepareGoAmlReport(
  tx: TTx,
  actor: TActor,
  subjectType: 'risk_profile' | 'transaction',
  subjectId: string,
  /** The officers a personal report must never be shown to (their audit view skips the event). */
  hiddenFrom: readonly string[] = [],
): Promise<string> {
  const [existing] = await tx
    .select({ id: goamlReports.id })
    .from(goamlReports)
    .where(
      and(
        eq(goamlReports.organisationId, actor.organisationId),
        eq(goamlReports.subjectId, subjectId),
        isNull(goamlReports.previousReportId),
      ),
    );
  if (existing) return existing.id;
  const me = await findUserContact(tx, actor.userId);
  const caseData = await loadGoAmlCase(tx, actor.organisationId, subjectType, subjectId);
  const row = await insertGoAmlReport(
    tx,
    actor,
    {
      subjectType,
      subjectId,
      kind: subjectType === 'transaction' ? 'STR' : 'SAR',
      texts: defaultTexts(caseData, reportLanguageFor(me?.language)),
    },
    {
      caseType: subjectType,
      caseId: subjectId,
      kind: subjectType === 'transaction' ? 'STR' : 'SAR',
      ...(hiddenFrom.length > 0 ? { hiddenFrom: [...hiddenFrom] } : {}),
    },
  );
  return row.id;
}

type TNewReport = Pick<
  typeof goamlReports.$inferInsert,
  'subjectType' | 'subjectId' | 'kind' | 'texts' | 'previousReportId' | 'fiuRefNumber'
>;

/** Inserts a draft report and its `goaml.report_created` audit record, in the caller's transaction. */
export async function insertGoAmlReport(
  tx: TTx,
  actor: TActor,
  report: TNewReport,
  payload: TAuditPayloadOf<'goaml.report_created'>,
) {
  const state: GoAmlReportState = { status: 'draft' };
  const [row] = await tx
    .insert(goamlReports)
    .values({
      ...report,
      organisationId: actor.organisationId,
      state,
      status: state.status,
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'goaml.report_created',
    subjectType: 'goaml_report',
    subjectId: row!.id,
    payload,
    ip: actor.ip,
  });
  return row!;
}
