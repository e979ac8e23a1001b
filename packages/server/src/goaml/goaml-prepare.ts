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
  const state: GoAmlReportState = { status: 'draft' };
  const [row] = await tx
    .insert(goamlReports)
    .values({
      organisationId: actor.organisationId,
      subjectType,
      subjectId,
      kind: subjectType === 'transaction' ? 'STR' : 'SAR',
      state,
      status: state.status,
      texts: defaultTexts(caseData, reportLanguageFor(me?.language)),
      createdBy: actor.userId,
    })
    .returning();
  await recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action: 'goaml.report_created',
    subjectType: 'goaml_report',
    subjectId: row!.id,
    payload: {
      caseType: subjectType,
      caseId: subjectId,
      kind: row!.kind,
      ...(hiddenFrom.length > 0 ? { hiddenFrom: [...hiddenFrom] } : {}),
    },
    ip: actor.ip,
  });
  return row!.id;
}
