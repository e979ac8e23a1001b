import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { TDecisionRequest, TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  type Answers,
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  type ContactFacts,
  findAcceptanceBlockers,
  isPepCase,
  type Questionnaire,
} from '@vigilo/domain/risk/index.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, eq } from 'drizzle-orm';
import {
  findContact,
  findContactAtVersion,
  findVersion,
  recordContactStatus,
  recordContactVigilance,
  type TContactRow,
} from '../contacts/contact-lookup.ts';
import { dueDiligenceGaps } from '../contacts/due-diligence.service.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import { caseMeasuresOf, pepMeasuresOf, type TRecordedMeasures } from '../declarations/case-measures.ts';
import { computedCaseColumns, type TCaseAdapter } from '../declarations/case-pipeline.ts';
import type { TActor } from '../http/actor.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import { profileCaseTitle } from './case-title.ts';
import { contactFactsOf } from './contact-facts.ts';
import { contactReviewDueOn } from './periodic-review.service.ts';
import { currentPolicy } from './policy.service.ts';
import { riskProfiles } from './risk.schema.ts';
import { screeningFactsOf } from './screening-facts.ts';

export type TProfileRow = typeof riskProfiles.$inferSelect;

export const questionnaires: Record<'buyer' | 'seller', Questionnaire> = {
  buyer: CONTACT_BUYER_QUESTIONNAIRE,
  seller: CONTACT_SELLER_QUESTIONNAIRE,
};

export async function loadProfile(db: TDbOrTx, actor: TActor, profileId: string): Promise<TProfileRow> {
  const [row] = await db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.id, profileId), eq(riskProfiles.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}

export async function versionData(db: TDbOrTx, actor: TActor, row: TProfileRow): Promise<TContactData> {
  const version = await findVersion(db, actor.organisationId, row.contactId, row.contactVersionNo);
  return version!.version.data as TContactData;
}

/** The profile's contact as it is now, and its data in the version the profile assesses: one read. */
export async function profileContact(
  db: TDbOrTx,
  actor: TActor,
  row: TProfileRow,
): Promise<{ contact: TContactRow; data: TContactData }> {
  const found = await findContactAtVersion(db, actor.organisationId, row.contactId, row.contactVersionNo);
  return { contact: found!.contact, data: found!.version.data as TContactData };
}

/**
 * Contact status follows its profile's decision: accepted, refused, or blocked while the officer or CTIF
 * is involved (a declared suspicion too). A suspicion closed on an undecided profile gives the contact
 * back its screened status.
 */
function contactStatusFor(
  state: DecisionState,
  action: TDecisionRequest['action'],
): 'screened' | 'accepted' | 'refused' | 'blocked' | null {
  if (state.status === 'accepted') return 'accepted';
  if (state.status === 'refused') return 'refused';
  if (
    state.status === 'awaiting-ctif' ||
    state.status === 'awaiting-officer' ||
    state.status === 'ctif-answered' ||
    state.status === 'suspicion-declared' ||
    state.status === 'reported-personally'
  )
    return 'blocked';
  // Back from a suspicion or a personal report to an undecided state: to be decided anew.
  return action === 'close-suspicion' || action === 'record-ctif-answer' ? 'screened' : null;
}

/**
 * What forbids accepting a contact's profile now, from its facts (screening and identification), what due
 * diligence still lacks (issue 14, item 4: mandatory data missing, beneficial owners not verified) and, for
 * a PEP, the measures recorded on the case (issue 14, item 3).
 */
export function blockersOfProfile(
  row: TProfileRow,
  facts: ContactFacts,
  measures: TRecordedMeasures,
  dueDiligence?: { missingData: readonly string[]; unverifiedBeneficialOwners: readonly string[] },
) {
  const factorCodes = ((row.result as TVigilanceResult | null)?.factors ?? []).map((f) => f.code);
  return findAcceptanceBlockers({
    screeningHits: facts.screeningHits,
    answers: row.answers as Answers,
    identification: facts,
    ...(isPepCase(factorCodes, facts) ? { pepMeasures: pepMeasuresOf(measures) } : {}),
    ...(dueDiligence ? { dueDiligence } : {}),
  });
}

/** A contact's risk profile as a case of the one pipeline (not paid: the transaction is). */
export const riskProfileCase: TCaseAdapter<TProfileRow> = {
  subjectType: 'risk_profile',
  audit: { answersSaved: 'risk_profile.answers_saved', computed: 'risk_profile.computed' },
  editableStatuses: ['draft', 'computed'],
  policy: currentPolicy,
  load: loadProfile,
  async lock(tx, id) {
    await tx.select({ id: riskProfiles.id }).from(riskProfiles).where(eq(riskProfiles.id, id)).for('update');
  },
  questionnaire: (row) => questionnaires[row.role],
  async subject(db, actor, row) {
    const contact = await findContact(db, actor.organisationId, row.contactId);
    return {
      subjectType: 'risk_profile',
      subjectId: row.id,
      title: profileCaseTitle(contact!.displayName, row.role),
      createdBy: row.createdBy,
      path: `/contacts/${row.contactId}/risk-profiles/${row.id}`,
    };
  },
  async writeAnswers(tx, row, answers) {
    await tx.update(riskProfiles).set({ answers, updatedAt: new Date() }).where(eq(riskProfiles.id, row.id));
  },
  // A confirmed asset-freeze match or identification that cannot be completed (issue 14, items 2 and 4).
  async blockers(db, actor, row) {
    const screening = await screeningFactsOf(db, actor.organisationId, row.contactId);
    const data = await versionData(db, actor, row);
    const facts = await contactFactsOf(db, actor.organisationId, data, screening, {
      contactId: row.contactId,
    });
    const gaps = await dueDiligenceGaps(db, actor.organisationId, row.contactId, data);
    return blockersOfProfile(
      row,
      facts,
      await caseMeasuresOf(db, actor.organisationId, 'risk_profile', row.id),
      gaps,
    );
  },
  async prepareCompute(tx, actor, row) {
    const { contact, data } = await profileContact(tx, actor, row);
    if (contact.currentVersionNo !== row.contactVersionNo) throw new AppError('profile_not_current');
    const screening = await screeningFactsOf(tx, actor.organisationId, row.contactId);
    return contactFactsOf(tx, actor.organisationId, data, screening, { contactId: row.contactId });
  },
  async persistComputed(tx, actor, row, computed) {
    const { result } = computed;
    await tx.update(riskProfiles).set(computedCaseColumns(computed)).where(eq(riskProfiles.id, row.id));
    await recordContactVigilance(
      tx,
      row.contactId,
      result.level,
      contactReviewDueOn(new Date(), result.reviewPeriodMonths),
    );
    // Ids and the level the agency's staff see; nothing about a declaration (tipping-off ban).
    await emitWebhookEvent(tx, actor.organisationId, 'risk_profile.computed', {
      riskProfileId: row.id,
      contactId: row.contactId,
      role: row.role,
      vigilanceLevel: result.level,
    });
    return {};
  },
  async writeDecision(tx: TTx, row, next, request) {
    await tx
      .update(riskProfiles)
      .set({ decision: next, status: next.status, updatedAt: new Date() })
      .where(eq(riskProfiles.id, row.id));
    const status = contactStatusFor(next, request.action);
    if (status) await recordContactStatus(tx, row.contactId, status);
  },
};
