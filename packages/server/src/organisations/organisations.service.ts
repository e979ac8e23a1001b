import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import type {
  TCreateOrganisationRequest,
  TMyMembership,
  TMyOrganisationsResponse,
  TOrganisation,
  TUpdateOrganisationRequest,
} from '@vigilo/domain/contracts/organisations.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { parseEnterpriseNumber } from '@vigilo/domain/identifiers/index.ts';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { TUserRow } from '../accounts/accounts.reads.ts';
import { activateOrganisationForSession } from '../accounts/session-organisation.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAppContext, TRequestMeta } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { queueMail } from '../mail/mail.service.ts';
import { activeManagers } from './active-members.ts';
import { countActive, findMembership } from './memberships.repository.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import { allowedEnterpriseNumbers, memberships, organisations } from './organisations.schema.ts';

/** Validates an enterprise number typed by a user (dots, spaces, 9-digit form accepted). */
export function requireEnterpriseNumber(input: string, field = 'enterpriseNumber'): string {
  const parsed = parseEnterpriseNumber(input);
  if (!parsed.ok) throw new AppError('invalid_enterprise_number', { field });
  return parsed.value;
}

/** My memberships, pending ones included, with the count of members awaiting a manager's confirmation. */
export async function listMyOrganisations(
  ctx: TAppContext,
  user: TUserRow,
  activeOrganisationId: string | null,
): Promise<TMyOrganisationsResponse> {
  const rows = await ctx.db
    .select({
      membership: memberships,
      organisation: organisations,
      isAllowed: sql<boolean>`exists (select 1 from ${allowedEnterpriseNumbers} a where a.enterprise_number = ${organisations.enterpriseNumber})`,
      hasOfficer: sql<boolean>`exists (select 1 from ${memberships} m where m.organisation_id = ${organisations.id} and m.status = 'active' and m.tool_role = 'officer')`,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, user.id))
    .orderBy(organisations.name);
  const managed = rows.filter((r) => r.membership.isManager && r.membership.status === 'active');
  const pending = managed.length
    ? await ctx.db
        .select({ organisationId: memberships.organisationId, n: count() })
        .from(memberships)
        .where(
          and(
            inArray(
              memberships.organisationId,
              managed.map((r) => r.organisation.id),
            ),
            eq(memberships.status, 'pending'),
          ),
        )
        .groupBy(memberships.organisationId)
    : [];
  return {
    activeOrganisationId,
    memberships: rows.map((r) => ({
      membershipId: r.membership.id,
      status: r.membership.status,
      isManager: r.membership.isManager,
      toolRole: r.membership.toolRole,
      mayBecomeOfficer: r.membership.mayBecomeOfficer,
      organisation: presentOrganisation(r.organisation, { isAllowed: r.isAllowed, hasOfficer: r.hasOfficer }),
      pendingMembers:
        r.membership.isManager && r.membership.status === 'active'
          ? (pending.find((p) => p.organisationId === r.organisation.id)?.n ?? 0)
          : 0,
    })),
  };
}

async function myMembership(
  ctx: TAppContext,
  user: TUserRow,
  organisationId: string,
): Promise<TMyMembership> {
  const mine = await listMyOrganisations(ctx, user, null);
  return mine.memberships.find((m) => m.organisation.id === organisationId)!;
}

/** Creates an agency; its creator becomes its first manager and it becomes the active organisation. */
export async function createOrganisation(
  ctx: TAppContext,
  user: TUserRow,
  sessionId: string,
  input: TCreateOrganisationRequest,
  meta: TRequestMeta,
): Promise<TMyMembership> {
  const enterpriseNumber = requireEnterpriseNumber(input.enterpriseNumber);
  const organisationId = await ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.enterpriseNumber, enterpriseNumber));
    if (existing) throw new AppError('organisation_exists', { field: 'enterpriseNumber' });
    const { jobTitle, enterpriseNumber: _typed, ...details } = input;
    const [org] = await tx
      .insert(organisations)
      .values({ ...details, enterpriseNumber })
      .returning();
    await tx.insert(memberships).values({
      organisationId: org!.id,
      userId: user.id,
      status: 'active',
      isManager: true,
      jobTitle: jobTitle ?? '',
      confirmedAt: new Date(),
    });
    await activateOrganisationForSession(tx, sessionId, org!.id);
    await recordAudit(tx, {
      organisationId: org!.id,
      actorUserId: user.id,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: org!.id,
      payload: { enterpriseNumber, name: org!.name },
      ip: meta.ip,
    });
    return org!.id;
  });
  return myMembership(ctx, user, organisationId);
}

/** Adds the user to an existing agency as pending; its managers are told by e-mail. */
export async function joinOrganisation(
  ctx: TAppContext,
  user: TUserRow,
  input: { enterpriseNumber: string; jobTitle?: string; contactEmail?: string; phone?: string },
  meta: TRequestMeta,
): Promise<TMyMembership> {
  const enterpriseNumber = requireEnterpriseNumber(input.enterpriseNumber);
  const organisationId = await ctx.db.transaction(async (tx) => {
    const [org] = await tx
      .select()
      .from(organisations)
      .where(eq(organisations.enterpriseNumber, enterpriseNumber));
    if (!org) throw new AppError('organisation_not_found', { field: 'enterpriseNumber' });
    if (await findMembership(tx, org.id, user.id))
      throw new AppError('already_member', { field: 'enterpriseNumber' });
    const [membership] = await tx
      .insert(memberships)
      .values({
        organisationId: org.id,
        userId: user.id,
        status: 'pending',
        jobTitle: input.jobTitle ?? '',
        contactEmail: input.contactEmail || null,
        phone: input.phone || null,
      })
      .returning();
    for (const manager of await activeManagers(tx, org.id)) {
      await queueMail(tx, {
        to: manager.email,
        lang: manager.language as TLanguage,
        template: 'memberPending',
        firstName: manager.firstName,
        vars: {
          name: `${user.firstName} ${user.lastName}`,
          email: user.email,
          organisation: org.name,
          url: `${ctx.config.publicUrl}/organisation`,
        },
      });
    }
    await recordAudit(tx, {
      organisationId: org.id,
      actorUserId: user.id,
      action: 'member.joined',
      subjectType: 'member',
      subjectId: membership!.id,
      payload: { userId: user.id, name: `${user.firstName} ${user.lastName}` },
      ip: meta.ip,
    });
    return org.id;
  });
  return myMembership(ctx, user, organisationId);
}

/** Makes one of the user's confirmed organisations the active one for this session. */
export async function switchActiveOrganisation(
  ctx: TAppContext,
  user: TUserRow,
  sessionId: string,
  organisationId: string,
  meta: TRequestMeta,
): Promise<void> {
  const found = await findMembership(ctx.db, organisationId, user.id);
  if (!found) throw new AppError('not_found');
  if (found.membership.status !== 'active') throw new AppError('member_not_active');
  await ctx.db.transaction(async (tx) => {
    await activateOrganisationForSession(tx, sessionId, organisationId);
    await recordAudit(tx, {
      organisationId,
      actorUserId: user.id,
      action: 'organisation.activated',
      subjectType: 'organisation',
      subjectId: organisationId,
      ip: meta.ip,
    });
  });
}

export async function getActiveOrganisation(ctx: TAppContext, actor: TActor): Promise<TOrganisation> {
  const [org] = await ctx.db.select().from(organisations).where(eq(organisations.id, actor.organisationId));
  if (!org) throw new AppError('not_found');
  const hasOfficer = (await countActive(ctx.db, actor.organisationId, 'officers')) > 0;
  return presentOrganisation(org, { isAllowed: actor.isAllowed, hasOfficer });
}

const settingKeys = new Set(['requireEidForTool', 'officerRequiresEid']);

/** Managers edit the agency's data and settings; the audit records what changed, settings apart. */
export async function updateOrganisation(
  ctx: TAppContext,
  actor: TActor,
  input: TUpdateOrganisationRequest,
): Promise<TOrganisation> {
  await ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(organisations).where(eq(organisations.id, actor.organisationId));
    const changes = Object.fromEntries(
      Object.entries(input).filter(([k, v]) => v !== undefined && v !== before?.[k as keyof typeof before]),
    );
    if (Object.keys(changes).length === 0) return;
    await tx
      .update(organisations)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(organisations.id, actor.organisationId));
    const entries = Object.entries(changes);
    const settings = Object.fromEntries(entries.filter(([k]) => settingKeys.has(k)));
    const details = Object.fromEntries(entries.filter(([k]) => !settingKeys.has(k)));
    for (const [action, part] of [
      ['organisation.updated', details],
      ['organisation.settings_updated', settings],
    ] as const) {
      if (Object.keys(part).length === 0) continue;
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.userId,
        action,
        subjectType: 'organisation',
        subjectId: actor.organisationId,
        payload: { changes: part },
        ip: actor.ip,
      });
    }
  });
  return getActiveOrganisation(ctx, actor);
}
