import type { TContactData, TPepStandingView } from '@vigilo/domain/contracts/contacts.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  canEndPepVigilance,
  type PepStanding,
  type PepStatus,
  pepAssessableFrom,
  pepStanding,
} from '@vigilo/domain/risk/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import {
  findContact,
  findVersion,
  insertPepAssessment,
  latestPepAssessments,
} from './contacts.repository.ts';

export type TPepFact = { status: PepStatus; standing: PepStanding };

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Where each person recorded as PEP stands today (loi art. 41): in office, within the 12 months after
 * it, after them, or ended by the officer's assessment. Persons without PEP data are left out.
 */
export async function pepFactsOf(
  db: TDbOrTx,
  organisationId: string,
  persons: { contactId: string | null; data: TContactData }[],
  on: string = today(),
): Promise<TPepFact[]> {
  const peps = persons.filter(
    (p): p is { contactId: string | null; data: Extract<TContactData, { kind: 'person' }> } =>
      p.data.kind === 'person' && (p.data.pep?.status ?? 'none') !== 'none',
  );
  const ids = peps.flatMap((p) => (p.contactId ? [p.contactId] : []));
  const assessments = await latestPepAssessments(db, organisationId, ids);
  return peps.map(({ contactId, data }) => {
    const pep = data.pep!;
    const found = contactId ? assessments.get(contactId) : undefined;
    const assessment = found
      ? { functionEndDate: found.functionEndDate, assessedOn: found.assessedAt.toISOString().slice(0, 10) }
      : null;
    return { status: pep.status, standing: pepStanding(pep, on, assessment) };
  });
}

/** The contact page's PEP block: standing today, when the officer may end it, the assessment made. */
export async function pepStandingView(
  db: TDbOrTx,
  organisationId: string,
  contactId: string,
  data: TContactData,
): Promise<TPepStandingView | undefined> {
  if (data.kind !== 'person' || (data.pep?.status ?? 'none') === 'none') return undefined;
  const pep = data.pep!;
  const found = (await latestPepAssessments(db, organisationId, [contactId])).get(contactId);
  const assessment = found
    ? { functionEndDate: found.functionEndDate, assessedOn: found.assessedAt.toISOString().slice(0, 10) }
    : null;
  return {
    standing: pepStanding(pep, today(), assessment),
    assessableFrom: pep.endDate ? pepAssessableFrom(pep.endDate) : null,
    assessment: found
      ? {
          functionEndDate: found.functionEndDate,
          assessment: found.assessment,
          assessedByName: found.assessedByName,
          assessedAt: found.assessedAt.toISOString(),
        }
      : null,
  };
}

/**
 * The officer records the documented risk assessment ending a former PEP's heightened vigilance: only
 * for a person who left the recorded function more than 12 months ago (loi art. 41). Audited with it.
 * Profiles computed before keep their level; the next computation follows the assessment.
 */
export async function recordPepAssessment(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  assessment: string,
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const contact = await findContact(tx, actor.organisationId, contactId);
    if (!contact) throw new AppError('not_found');
    const version = await findVersion(tx, actor.organisationId, contactId, contact.currentVersionNo);
    const data = version!.version.data as TContactData;
    const [fact] = await pepFactsOf(tx, actor.organisationId, [{ contactId, data }]);
    const allowed = canEndPepVigilance(fact?.standing ?? 'not-pep');
    if (!allowed.ok) throw new AppError('pep_assessment_not_allowed', { reason: allowed.error });
    const functionEndDate = (data as Extract<TContactData, { kind: 'person' }>).pep!.endDate!;
    await insertPepAssessment(tx, {
      organisationId: actor.organisationId,
      contactId,
      functionEndDate,
      assessment,
      assessedBy: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'contact.pep_assessment_recorded',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { functionEndDate },
      ip: actor.ip,
    });
  });
}
