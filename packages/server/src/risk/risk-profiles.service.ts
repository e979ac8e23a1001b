import type {
  TDecisionRequest,
  THeightenedMeasuresRequest,
  TRiskProfile,
  TVigilanceResult,
} from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { type Answers, isPepCase, toFactView, withAgencyCriteria } from '@vigilo/domain/risk/index.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { findContact, findVersion } from '../contacts/contact-lookup.ts';
import { dueDiligenceGaps } from '../contacts/due-diligence.service.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import { approveCaseAsManager, caseRecordOf, recordCaseMeasures } from '../declarations/case-measures.ts';
import {
  computeCase,
  computedCaseColumns,
  decideCaseInTx,
  saveCaseAnswers,
  type TComputedWith,
} from '../declarations/case-pipeline.ts';
import { decisionSeenBy } from '../declarations/case-workflow.ts';
import type { TActor } from '../http/actor.ts';
import { contactFactsOf } from './contact-facts.ts';
import { currentPolicy } from './policy.service.ts';
import { presentVisibleQuestions } from './question-view.ts';
import { riskProfiles } from './risk.schema.ts';
import {
  blockersOfProfile,
  loadProfile,
  profileContact,
  questionnaires,
  riskProfileCase,
  type TProfileRow,
} from './risk-profile-case.ts';
import { screeningFactsOf } from './screening-facts.ts';

/** Starts the risk profile of the contact's current version, as buyer or seller (M5). */
export async function createRiskProfile(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  role: 'buyer' | 'seller',
) {
  const id = await ctx.db.transaction(async (tx) => {
    const contact = await findContact(tx, actor.organisationId, contactId);
    if (!contact) throw new AppError('not_found');
    // "New risk profile" clicked twice (or in two tabs) opens the same draft, not a second one.
    const [draft] = await tx
      .select({ id: riskProfiles.id })
      .from(riskProfiles)
      .where(
        and(
          eq(riskProfiles.organisationId, actor.organisationId),
          eq(riskProfiles.contactId, contactId),
          eq(riskProfiles.role, role),
          eq(riskProfiles.contactVersionNo, contact.currentVersionNo),
          eq(riskProfiles.status, 'draft'),
        ),
      )
      .limit(1);
    if (draft) return draft.id;
    const version = await findVersion(tx, actor.organisationId, contactId, contact.currentVersionNo);
    const questionnaire = questionnaires[role];
    const decision: DecisionState = { status: 'draft' };
    const [row] = await tx
      .insert(riskProfiles)
      .values({
        organisationId: actor.organisationId,
        contactId,
        contactVersionId: version!.version.id,
        contactVersionNo: contact.currentVersionNo,
        role,
        questionnaireId: questionnaire.id,
        questionnaireVersion: questionnaire.version,
        decision,
        status: decision.status,
        createdBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'risk_profile.created',
      subjectType: 'risk_profile',
      subjectId: row!.id,
      payload: { contactId, contactVersionNo: contact.currentVersionNo, role },
      ip: actor.ip,
    });
    return row!.id;
  });
  return getRiskProfile(ctx, actor, id);
}

/** Saves answers as a draft at each step; only a profile not yet decided can change (audited). */
export async function saveAnswers(ctx: TAppContext, actor: TActor, profileId: string, answers: Answers) {
  await saveCaseAnswers(ctx, actor, riskProfileCase, profileId, answers);
  return getRiskProfile(ctx, actor, profileId);
}

/**
 * Computes the vigilance level from the answers, the contact's data and screening, and the policy in
 * force; records the versions used so the result stays explainable after the policy changes.
 */
export async function computeRiskProfile(ctx: TAppContext, actor: TActor, profileId: string) {
  const { row, computed } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadProfile(tx, actor, profileId);
    return { row: loaded, computed: await computeCase(tx, ctx, actor, riskProfileCase, loaded, undefined) };
  });
  // The answer reuses the profile as written, the contact's facts and the policy the computation read
  // (issue 21: it read them all again).
  return presentRiskProfile(ctx, actor, { ...row, ...computedCaseColumns(computed.computed) }, computed);
}

/** A collaborator's or officer's decision on the profile (capability M6). */
export async function decideRiskProfile(
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
  request: TDecisionRequest,
) {
  await ctx.db.transaction((tx: TTx) => decideRiskProfileInTx(tx, ctx, actor, profileId, request));
  return getRiskProfile(ctx, actor, profileId);
}

/** Records the enhanced measures taken on the profile's case (issue 14, item 12). */
export async function recordProfileMeasures(
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
  measures: THeightenedMeasuresRequest,
) {
  await recordCaseMeasures(ctx, actor, riskProfileCase, profileId, measures);
  return getRiskProfile(ctx, actor, profileId);
}

/** Senior management's approval of a PEP relationship, by a manager (loi art. 41 §1). */
export async function approveProfileAsManager(
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
  comment: string,
) {
  await approveCaseAsManager(ctx, actor, riskProfileCase, profileId, comment);
  return getRiskProfile(ctx, actor, profileId);
}

/** The decision in the caller's transaction (also driven by a CTIF answer recorded on the goAML report). */
export const decideRiskProfileInTx = (
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
  request: TDecisionRequest,
) => decideCaseInTx(tx, ctx, actor, riskProfileCase, profileId, request);

/**
 * A profile as its page shows it. `computed`: what a computation just read in its transaction (the
 * contact's facts and the policy), which it did not change, so they are not read again.
 */
export async function getRiskProfile(
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
): Promise<TRiskProfile> {
  return presentRiskProfile(ctx, actor, await loadProfile(ctx.db, actor, profileId));
}

/** A profile as its page shows it; `computed` holds what a computation just read, not read again. */
async function presentRiskProfile(
  ctx: TAppContext,
  actor: TActor,
  row: TProfileRow,
  computed?: TComputedWith,
): Promise<TRiskProfile> {
  // Independent reads in two waves, in parallel on the pool (issue 21: they were ten in a row).
  const [{ contact, data }, screeningFacts, { recorded, timeline }, policy] = await Promise.all([
    profileContact(ctx.db, actor, row),
    computed?.contactFacts ? null : screeningFactsOf(ctx.db, actor.organisationId, row.contactId),
    caseRecordOf(ctx.db, actor.organisationId, 'risk_profile', row.id, actor.userId),
    computed?.policy ?? currentPolicy(ctx.db, actor.organisationId).then((current) => current.policy),
  ]);
  const [facts, gaps] = await Promise.all([
    computed?.contactFacts ??
      contactFactsOf(ctx.db, actor.organisationId, data, screeningFacts ?? undefined, {
        contactId: row.contactId,
      }),
    dueDiligenceGaps(ctx.db, actor.organisationId, row.contactId, data),
  ]);
  const factorCodes = ((row.result as TVigilanceResult | null)?.factors ?? []).map((f) => f.code);
  const questionnaire = withAgencyCriteria(questionnaires[row.role], policy);
  const state = decisionSeenBy(row.decision as DecisionState, actor.userId);
  return {
    id: row.id,
    blockers: blockersOfProfile(row, facts, recorded, gaps),
    dueDiligenceGaps: { missingData: gaps.missingData, unverifiedBeneficialOwners: gaps.unverifiedNames },
    contactId: row.contactId,
    contactDisplayName: contact.displayName,
    contactVersionNo: row.contactVersionNo,
    isCurrentVersion: contact.currentVersionNo === row.contactVersionNo,
    role: row.role,
    status: state.status,
    answers: row.answers as Record<string, string | number | boolean | string[]>,
    questions: presentVisibleQuestions(questionnaire, row.answers as Answers, toFactView(facts)),
    result: (row.result as TVigilanceResult | null) ?? null,
    questionnaireId: row.questionnaireId,
    questionnaireVersion: row.questionnaireVersion,
    policyVersion: row.policyVersion,
    awaiting: awaitedParty(state),
    ctifAnswer: state.status === 'ctif-answered' ? state.ctifAnswer : null,
    timeline,
    caseMeasures: { pepCase: isPepCase(factorCodes, facts), ...recorded },
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listRiskProfiles(ctx: TAppContext, actor: TActor, contactId: string) {
  const contact = await findContact(ctx.db, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  const rows = await ctx.db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.organisationId, actor.organisationId), eq(riskProfiles.contactId, contactId)))
    .orderBy(desc(riskProfiles.createdAt));
  return {
    items: rows.map((r) => ({
      id: r.id,
      role: r.role,
      status: decisionSeenBy(r.decision as DecisionState, actor.userId).status,
      level: r.level,
      contactVersionNo: r.contactVersionNo,
      isCurrentVersion: r.contactVersionNo === contact.currentVersionNo,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
