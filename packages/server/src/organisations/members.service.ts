import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type { TAmlStatus, TMember, TUpdateMemberRequest } from '@vigilo/domain/contracts/organisations.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  canBecomeOfficer,
  checkMemberChange,
  checkMemberRemoval,
  checkStepDown,
  type TMemberFacts,
} from '@vigilo/domain/organisations/member-rules.ts';
import { eq } from 'drizzle-orm';
import { findUserRow } from '../accounts/accounts.reads.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationActivityPage } from '../audit/organisation-activity.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { queueMail } from '../mail/mail.service.ts';
import { membersWithAccounts, memberWithAccount } from './member-accounts.ts';
import {
  countActive,
  findMemberInOrganisation,
  holdsRequiredRecognitions,
  type TMembershipRow,
} from './memberships.repository.ts';
import { assertOfficerHasEid } from './officer-eid.policy.ts';
import { presentMember } from './organisations.presenter.ts';
import { memberships, organisations } from './organisations.schema.ts';

export async function listMembers(ctx: TAppContext, actor: TActor): Promise<TMember[]> {
  const rows = await membersWithAccounts(ctx.db, actor.organisationId);
  return Promise.all(
    rows.map(async (r) =>
      presentMember(r.membership, r.user, await holdsRequiredRecognitions(ctx.db, r.user.id)),
    ),
  );
}

async function memberFacts(db: TDbOrTx, member: TMembershipRow): Promise<TMemberFacts> {
  return {
    status: member.status,
    isManager: member.isManager,
    toolRole: member.toolRole,
    otherManagers: await countActive(db, member.organisationId, 'managers', member.id),
    otherOfficers: await countActive(db, member.organisationId, 'officers', member.id),
    hasRequiredRecognition: await holdsRequiredRecognitions(db, member.userId),
  };
}

/** Loads a member of the actor's organisation under a row lock; another organisation's id is "not found". */
async function lockMember(tx: TTx, actor: TActor, memberId: string): Promise<TMembershipRow> {
  const member = await findMemberInOrganisation(tx, actor.organisationId, memberId);
  if (!member) throw new AppError('not_found');
  // Serialises role changes of one organisation, so two managers cannot demote each other at once.
  await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId))
    .for('update');
  return member;
}

async function presentOne(db: TDbOrTx, memberId: string): Promise<TMember> {
  const row = await memberWithAccount(db, memberId);
  return presentMember(row!.membership, row!.user, await holdsRequiredRecognitions(db, row!.user.id));
}

function fail(error: string | null): void {
  if (error) throw new AppError(error as 'last_manager');
}

/** Applies a manager's change to a member (manager flag, tool role, authorisation, contact info). */
export async function updateMember(
  ctx: TAppContext,
  actor: TActor,
  memberId: string,
  change: TUpdateMemberRequest,
): Promise<TMember> {
  await ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, memberId);
    fail(checkMemberChange(await memberFacts(tx, member), change));
    if (change.toolRole === 'officer' && member.toolRole !== 'officer') {
      await assertOfficerHasEid(tx, ctx.config, actor.organisationId, member.userId);
    }
    const values = {
      ...change,
      ...(change.contactEmail !== undefined ? { contactEmail: change.contactEmail || null } : {}),
      ...(change.phone !== undefined ? { phone: change.phone || null } : {}),
    };
    await tx.update(memberships).set(values).where(eq(memberships.id, member.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'member.updated',
      subjectType: 'member',
      subjectId: member.id,
      payload: { userId: member.userId, changes: change },
      ip: actor.ip,
    });
  });
  return presentOne(ctx.db, memberId);
}

/** Confirms a pending member (optionally as manager, with their info); the member is told by e-mail. */
export async function confirmMember(
  ctx: TAppContext,
  actor: TActor,
  memberId: string,
  input: Omit<TUpdateMemberRequest, 'toolRole'>,
): Promise<TMember> {
  await ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, memberId);
    if (member.status !== 'pending') throw new AppError('conflict');
    await tx
      .update(memberships)
      .set({
        ...input,
        contactEmail: input.contactEmail === undefined ? member.contactEmail : input.contactEmail || null,
        phone: input.phone === undefined ? member.phone : input.phone || null,
        status: 'active',
        confirmedAt: new Date(),
      })
      .where(eq(memberships.id, member.id));
    const user = await findUserRow(tx, member.userId);
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, actor.organisationId));
    await queueMail(tx, {
      to: user!.email,
      lang: user!.language as TLanguage,
      template: 'memberConfirmed',
      firstName: user!.firstName,
      vars: { organisation: org!.name, url: ctx.config.publicUrl },
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'member.confirmed',
      subjectType: 'member',
      subjectId: member.id,
      payload: { userId: member.userId, isManager: input.isManager ?? false },
      ip: actor.ip,
    });
  });
  return presentOne(ctx.db, memberId);
}

export async function removeMember(ctx: TAppContext, actor: TActor, memberId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, memberId);
    fail(checkMemberRemoval(await memberFacts(tx, member)));
    await tx.delete(memberships).where(eq(memberships.id, member.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'member.removed',
      subjectType: 'member',
      subjectId: member.id,
      payload: { userId: member.userId, wasManager: member.isManager, toolRole: member.toolRole },
      ip: actor.ip,
    });
  });
}

export async function getAmlStatus(ctx: TAppContext, actor: TActor): Promise<TAmlStatus> {
  const member = await findMemberInOrganisation(ctx.db, actor.organisationId, actor.membershipId);
  const facts = await memberFacts(ctx.db, member!);
  const officers = facts.otherOfficers + (member!.toolRole === 'officer' ? 1 : 0);
  return {
    isAllowed: actor.isAllowed,
    hasOfficer: officers > 0,
    myToolRole: member!.toolRole,
    canBecomeOfficer: canBecomeOfficer({ ...facts, mayBecomeOfficer: member!.mayBecomeOfficer }) === null,
    hasRequiredRecognition: facts.hasRequiredRecognition,
  };
}

/** "Become the AML officer" (seed: "Devenez le responsable anti-blanchiment!"). */
export async function claimOfficer(ctx: TAppContext, actor: TActor): Promise<TAmlStatus> {
  if (!actor.isAllowed) throw new AppError('organisation_not_allowed');
  await ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, actor.membershipId);
    fail(canBecomeOfficer({ ...(await memberFacts(tx, member)), mayBecomeOfficer: member.mayBecomeOfficer }));
    await assertOfficerHasEid(tx, ctx.config, actor.organisationId, member.userId);
    await tx.update(memberships).set({ toolRole: 'officer' }).where(eq(memberships.id, member.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'officer.claimed',
      subjectType: 'member',
      subjectId: member.id,
      payload: { from: member.toolRole },
      ip: actor.ip,
    });
  });
  return getAmlStatus(ctx, actor);
}

export async function stepDownOfficer(
  ctx: TAppContext,
  actor: TActor,
  to: 'collaborator' | 'none',
): Promise<TAmlStatus> {
  await ctx.db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, actor.membershipId);
    fail(checkStepDown(await memberFacts(tx, member)));
    await tx.update(memberships).set({ toolRole: to }).where(eq(memberships.id, member.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'officer.stepped_down',
      subjectType: 'member',
      subjectId: member.id,
      payload: { to },
      ip: actor.ip,
    });
  });
  return getAmlStatus(ctx, { ...actor, toolRole: to });
}

/** The organisation's own audit events, newest first, for its managers. */
export async function listActivity(ctx: TAppContext, actor: TActor, page: number, pageSize: number) {
  const { total, events } = await organisationActivityPage(ctx.db, actor.organisationId, page, pageSize);
  const actorNames = await userNamesByIds(
    ctx.db,
    events.map((event) => event.actorUserId),
  );
  return {
    total,
    events: events.map((event) => ({
      id: event.id,
      action: event.action,
      actorName: (event.actorUserId && actorNames.get(event.actorUserId)) || null,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      payload: (event.payload as Record<string, unknown> | null) ?? null,
      createdAt: event.createdAt.toISOString(),
    })),
  };
}
