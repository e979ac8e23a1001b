import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import type { TDecisionRequest, TRiskProfile, TVigilanceResult } from '@vigilo/domain/contracts/risk.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  type Answers,
  CONTACT_BUYER_QUESTIONNAIRE,
  CONTACT_SELLER_QUESTIONNAIRE,
  computeVigilance,
  type Questionnaire,
  toFactView,
  validateAnswers,
  withAgencyCriteria,
} from '@vigilo/domain/risk/index.ts';
import { awaitedParty, type DecisionState } from '@vigilo/domain/workflow/index.ts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { findContact, findVersion } from '../contacts/contacts.repository.ts';
import { contacts } from '../contacts/contacts.schema.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import {
  caseTimeline,
  decideCase,
  recordCaseEvent,
  type TCaseSubject,
} from '../declarations/case-workflow.ts';
import { prepareGoAmlReport } from '../goaml/goaml-prepare.ts';
import type { TActor } from '../http/actor.ts';
import { profileCaseTitle } from './case-title.ts';
import { contactFactsOf } from './contact-facts.ts';
import { currentPolicy } from './policy.service.ts';
import { presentVisibleQuestions } from './question-view.ts';
import { riskProfiles } from './risk.schema.ts';
import { screeningFactsOf } from './screening-facts.ts';

type TProfileRow = typeof riskProfiles.$inferSelect;

const questionnaires: Record<'buyer' | 'seller', Questionnaire> = {
  buyer: CONTACT_BUYER_QUESTIONNAIRE,
  seller: CONTACT_SELLER_QUESTIONNAIRE,
};

async function loadProfile(db: TDbOrTx, actor: TActor, profileId: string): Promise<TProfileRow> {
  const [row] = await db
    .select()
    .from(riskProfiles)
    .where(and(eq(riskProfiles.id, profileId), eq(riskProfiles.organisationId, actor.organisationId)));
  if (!row) throw new AppError('not_found');
  return row;
}

async function versionData(db: TDbOrTx, actor: TActor, row: TProfileRow): Promise<TContactData> {
  const version = await findVersion(db, actor.organisationId, row.contactId, row.contactVersionNo);
  return version!.version.data as TContactData;
}

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

/** Saves answers as a draft at each step; only a profile not yet decided can change. */
export async function saveAnswers(ctx: TAppContext, actor: TActor, profileId: string, answers: Answers) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadProfile(tx, actor, profileId);
    if (row.status !== 'draft' && row.status !== 'computed') throw new AppError('invalid_transition');
    const questionnaire = questionnaires[row.role];
    const known = new Set(questionnaire.questions.map((q) => q.id));
    const unknown = Object.keys(answers).filter((id) => !known.has(id) && !id.startsWith('agency.'));
    if (unknown.length) {
      throw new AppError('validation_failed', {
        fields: unknown.map((id) => ({ field: `answers.${id}`, code: 'invalid' })),
      });
    }
    await tx.update(riskProfiles).set({ answers, updatedAt: new Date() }).where(eq(riskProfiles.id, row.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'risk_profile.answers_saved',
      subjectType: 'risk_profile',
      subjectId: row.id,
      payload: { answered: Object.keys(answers).length },
      ip: actor.ip,
    });
  });
  return getRiskProfile(ctx, actor, profileId);
}

/**
 * Computes the vigilance level from the answers, the contact's data and screening, and the policy in
 * force; records the versions used so the result stays explainable after the policy changes.
 */
export async function computeRiskProfile(ctx: TAppContext, actor: TActor, profileId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await loadProfile(tx, actor, profileId);
    if (row.status !== 'draft' && row.status !== 'computed') throw new AppError('invalid_transition');
    const contact = await findContact(tx, actor.organisationId, row.contactId);
    if (contact!.currentVersionNo !== row.contactVersionNo) throw new AppError('profile_not_current');
    const data = await versionData(tx, actor, row);
    const facts = await contactFactsOf(
      tx,
      actor.organisationId,
      data,
      await screeningFactsOf(tx, actor.organisationId, row.contactId),
    );
    const { policy } = await currentPolicy(tx, actor.organisationId);
    const questionnaire = withAgencyCriteria(questionnaires[row.role], policy);
    const checked = validateAnswers(questionnaire, row.answers as Answers, toFactView(facts));
    if (!checked.ok) {
      throw new AppError('answers_invalid', {
        fields: checked.errors.map((e) => ({
          field: `answers.${e.questionId}`,
          code: e.code === 'required' ? 'required' : 'invalid',
        })),
      });
    }
    const result = computeVigilance({
      questionnaire: questionnaires[row.role],
      answers: checked.value,
      contactFacts: facts,
      policy,
    });
    const decision: DecisionState = { status: 'computed', level: result.level };
    await tx
      .update(riskProfiles)
      .set({
        answers: checked.value,
        result,
        level: result.level,
        policyVersion: result.policyVersion,
        decision,
        status: decision.status,
        updatedAt: new Date(),
      })
      .where(eq(riskProfiles.id, row.id));
    const reviewDue = new Date();
    reviewDue.setUTCMonth(reviewDue.getUTCMonth() + result.reviewPeriodMonths);
    await tx
      .update(contacts)
      .set({
        vigilanceLevel: result.level,
        reviewDueAt: reviewDue.toISOString().slice(0, 10),
        updatedAt: new Date(),
      })
      .where(eq(contacts.id, row.contactId));
    await recordCaseEvent(tx, actor, subjectOf(row, contact!.displayName), {
      action: 'computed',
      data: { level: result.level, score: result.score, factors: result.factors.map((f) => f.code) },
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'risk_profile.computed',
      subjectType: 'risk_profile',
      subjectId: row.id,
      payload: {
        level: result.level,
        score: result.score,
        policyVersion: result.policyVersion,
        questionnaireVersion: result.questionnaireVersion,
      },
      ip: actor.ip,
    });
  });
  return getRiskProfile(ctx, actor, profileId);
}

function subjectOf(row: TProfileRow, displayName: string): TCaseSubject {
  return {
    subjectType: 'risk_profile',
    subjectId: row.id,
    title: profileCaseTitle(displayName, row.role),
    createdBy: row.createdBy,
    path: `/contacts/${row.contactId}/risk-profiles/${row.id}`,
  };
}

/** Contact status follows its profile's decision: accepted, refused, or blocked while CTIF is involved. */
function contactStatusFor(state: DecisionState): 'accepted' | 'refused' | 'blocked' | null {
  if (state.status === 'accepted') return 'accepted';
  if (state.status === 'refused') return 'refused';
  if (
    state.status === 'awaiting-ctif' ||
    state.status === 'awaiting-officer' ||
    state.status === 'ctif-answered'
  )
    return 'blocked';
  return null;
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

/** The decision in the caller's transaction (also driven by a CTIF answer recorded on the goAML report). */
export async function decideRiskProfileInTx(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
  request: TDecisionRequest,
) {
  const row = await loadProfile(tx, actor, profileId);
  await tx
    .select({ id: riskProfiles.id })
    .from(riskProfiles)
    .where(eq(riskProfiles.id, row.id))
    .for('update');
  const contact = await findContact(tx, actor.organisationId, row.contactId);
  const { next } = await decideCase(
    tx,
    ctx,
    actor,
    subjectOf(row, contact!.displayName),
    row.decision as DecisionState,
    request,
  );
  await tx
    .update(riskProfiles)
    .set({ decision: next, status: next.status, updatedAt: new Date() })
    .where(eq(riskProfiles.id, row.id));
  const status = contactStatusFor(next);
  if (status)
    await tx.update(contacts).set({ status, updatedAt: new Date() }).where(eq(contacts.id, row.contactId));
  // M8: reporting to CTIF prepares the goAML report the officer downloads and submits on the portal.
  if (request.action === 'report-to-ctif') await prepareGoAmlReport(tx, actor, 'risk_profile', row.id);
}

export async function getRiskProfile(
  ctx: TAppContext,
  actor: TActor,
  profileId: string,
): Promise<TRiskProfile> {
  const row = await loadProfile(ctx.db, actor, profileId);
  const contact = await findContact(ctx.db, actor.organisationId, row.contactId);
  const data = await versionData(ctx.db, actor, row);
  const facts = await contactFactsOf(
    ctx.db,
    actor.organisationId,
    data,
    await screeningFactsOf(ctx.db, actor.organisationId, row.contactId),
  );
  const { policy } = await currentPolicy(ctx.db, actor.organisationId);
  const questionnaire = withAgencyCriteria(questionnaires[row.role], policy);
  const state = row.decision as DecisionState;
  return {
    id: row.id,
    contactId: row.contactId,
    contactDisplayName: contact!.displayName,
    contactVersionNo: row.contactVersionNo,
    isCurrentVersion: contact!.currentVersionNo === row.contactVersionNo,
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
    timeline: await caseTimeline(ctx.db, actor.organisationId, 'risk_profile', row.id),
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
      status: (r.decision as DecisionState).status,
      level: r.level,
      contactVersionNo: r.contactVersionNo,
      isCurrentVersion: r.contactVersionNo === contact.currentVersionNo,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
