import type {
  TContactRetention,
  TLegalHold,
  TRetentionListQuery,
  TRetentionListResponse,
} from '@vigilo/domain/contracts/records.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { addYears, purgeDueOn, retentionState } from '@vigilo/domain/records/retention.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { TAuditPayload } from '../audit/audit-payloads.ts';
import { lockContactRow } from '../contacts/contact-lock.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { countOpenTransactionsOfContact } from '../transactions/transaction-retention.ts';
import {
  findContactSummary,
  findHolds,
  findLastActivity,
  findRetention,
  findRetentionOverview,
  saveRetention,
  type THoldRow,
  type TRetentionRow,
} from './retention.repository.ts';

const today = () => new Date().toISOString().slice(0, 10);

function presentHold(h: THoldRow): TLegalHold {
  return {
    id: h.id,
    reason: h.reason,
    reference: h.reference,
    placedAt: h.placedAt.toISOString(),
    placedByName: h.placedByName,
    releasedAt: h.releasedAt?.toISOString() ?? null,
    releasedByName: h.releasedByName,
    releaseReason: h.releaseReason,
  };
}

function presentRetention(
  ctx: TAppContext,
  contact: { id: string; displayName: string; kind: 'person' | 'entity' },
  retention: TRetentionRow | null,
  holds: THoldRow[],
  extra: { openTransactions: number | null; lastActivityAt: Date | null },
): TContactRetention {
  const activeHolds = holds.filter((h) => !h.releasedAt).length;
  const clock = {
    endedOn: retention?.endedOn ?? null,
    extendedUntil: retention?.extendedUntil ?? null,
  };
  return {
    contactId: contact.id,
    displayName: contact.displayName,
    kind: contact.kind,
    state: retentionState({
      endedOn: clock.endedOn,
      proposedAt: retention?.proposedAt ?? null,
      dismissedAt: retention?.dismissedAt ?? null,
      activeHolds,
    }),
    endedOn: clock.endedOn,
    endSource: retention?.endSource ?? null,
    endReason: retention?.endReason ?? null,
    purgeDueOn: purgeDueOn(clock, ctx.config.retention.years),
    extendedUntil: clock.extendedUntil,
    extensionReason: retention?.extensionReason ?? null,
    proposedAt: retention?.proposedAt?.toISOString() ?? null,
    lastActivityAt: (extra.lastActivityAt ?? retention?.lastActivityAt)?.toISOString() ?? null,
    openTransactions: extra.openTransactions,
    holds: holds.map(presentHold),
  };
}

async function loadContact(db: TAppContext['db'], actor: TActor, contactId: string) {
  const contact = await findContactSummary(db, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  return contact;
}

/** Serialises changes to one contact's clock (and with the purge, which locks the same row). */
export async function lockContact(tx: TTx, actor: TActor, contactId: string) {
  const contact = await lockContactRow(tx, actor.organisationId, contactId);
  if (!contact) throw new AppError('not_found');
  return contact;
}

/** A contact's retention clock: end of relationship, purge date, extension, legal holds. */
export async function getContactRetention(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
): Promise<TContactRetention> {
  const contact = await loadContact(ctx.db, actor, contactId);
  return presentRetention(
    ctx,
    contact,
    await findRetention(ctx.db, contactId),
    await findHolds(ctx.db, actor.organisationId, [contactId]),
    {
      openTransactions: await countOpenTransactionsOfContact(ctx.db, contactId),
      lastActivityAt: await findLastActivity(ctx.db, contactId),
    },
  );
}

/**
 * Records the end of the business relationship (the start of the ten-year clock). Refused while a
 * transaction is under way; the date cannot be in the future nor before the contact's last activity.
 * Confirming an end proposed after inactivity keeps `inactivity` as its source.
 */
export async function endRelationship(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: { endedOn: string; reason: string },
): Promise<TContactRetention> {
  await ctx.db.transaction(async (tx) => {
    await lockContact(tx, actor, contactId);
    if ((await countOpenTransactionsOfContact(tx, contactId)) > 0) {
      throw new AppError('relationship_has_open_transaction');
    }
    if (input.endedOn > today()) {
      throw new AppError('validation_failed', { fields: [{ field: 'endedOn', code: 'in_future' }] });
    }
    const last = await findLastActivity(tx, contactId);
    const lastDay = last?.toISOString().slice(0, 10);
    if (lastDay && input.endedOn < lastDay) {
      throw new AppError('validation_failed', {
        fields: [{ field: 'endedOn', code: 'before_last_activity', vars: { date: lastDay } }],
      });
    }
    const previous = await findRetention(tx, contactId);
    const isProposal = Boolean(previous?.proposedAt && !previous.dismissedAt && !previous.endedOn);
    const source = isProposal ? 'inactivity' : 'user';
    await saveRetention(tx, actor.organisationId, contactId, {
      endedOn: input.endedOn,
      endSource: source,
      endReason: input.reason || null,
      endRecordedBy: actor.userId,
      endRecordedAt: new Date(),
      lastActivityAt: last,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'retention.relationship_ended',
      subjectType: 'contact',
      subjectId: contactId,
      payload: {
        endedOn: input.endedOn,
        source,
        reason: input.reason,
        purgeDueOn: addYears(input.endedOn, ctx.config.retention.years),
      },
      ip: actor.ip,
    });
  });
  return getContactRetention(ctx, actor, contactId);
}

/**
 * Keeps the relationship open: dismisses an end proposed after inactivity, or withdraws an end recorded
 * by mistake (the clock stops; a later end starts it again).
 */
export async function keepRelationshipOpen(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  reason: string,
): Promise<TContactRetention> {
  await ctx.db.transaction(async (tx) => {
    await lockContact(tx, actor, contactId);
    const current = await findRetention(tx, contactId);
    if (current?.endedOn) {
      await saveRetention(tx, actor.organisationId, contactId, {
        endedOn: null,
        endSource: null,
        endReason: null,
        endRecordedBy: null,
        endRecordedAt: null,
        extendedUntil: null,
        extensionReason: null,
        proposedAt: null,
        dismissedAt: null,
      });
      await audit(tx, actor, contactId, 'retention.relationship_reopened', {
        reason,
        previousEndedOn: current.endedOn,
      });
    } else if (current?.proposedAt && !current.dismissedAt) {
      await saveRetention(tx, actor.organisationId, contactId, { dismissedAt: new Date() });
      await audit(tx, actor, contactId, 'retention.proposal_dismissed', { reason });
    } else {
      throw new AppError('relationship_not_ended');
    }
  });
  return getContactRetention(ctx, actor, contactId);
}

/** Keeps a contact beyond its purge date (never shortens it), with the officer's reason. */
export async function extendRetention(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: { until: string; reason: string },
): Promise<TContactRetention> {
  await ctx.db.transaction(async (tx) => {
    await lockContact(tx, actor, contactId);
    const current = await findRetention(tx, contactId);
    if (!current?.endedOn) throw new AppError('relationship_not_ended');
    const due = purgeDueOn(current, ctx.config.retention.years)!;
    if (input.until <= due) {
      throw new AppError('validation_failed', {
        fields: [{ field: 'until', code: 'must_be_later', vars: { date: due } }],
      });
    }
    await saveRetention(tx, actor.organisationId, contactId, {
      extendedUntil: input.until,
      extensionReason: input.reason,
    });
    await audit(tx, actor, contactId, 'retention.extended', {
      from: due,
      until: input.until,
      reason: input.reason,
    });
  });
  return getContactRetention(ctx, actor, contactId);
}

export function audit<
  A extends
    | 'retention.relationship_reopened'
    | 'retention.proposal_dismissed'
    | 'retention.extended'
    | 'retention.legal_hold_placed'
    | 'retention.legal_hold_released',
>(tx: TTx, actor: TActor, contactId: string, action: A, payload: TAuditPayload<A>) {
  return recordAudit(tx, {
    organisationId: actor.organisationId,
    actorUserId: actor.userId,
    action,
    subjectType: 'contact',
    subjectId: contactId,
    payload,
    ip: actor.ip,
  });
}

/**
 * The officer's retention page: purges due within the window (overdue included), ends proposed after
 * inactivity, contacts under legal hold, or all of them; soonest purge first.
 */
export async function listRetention(
  ctx: TAppContext,
  actor: TActor,
  query: TRetentionListQuery,
): Promise<TRetentionListResponse> {
  const rows = await findRetentionOverview(ctx.db, actor.organisationId);
  const holds = await findHolds(
    ctx.db,
    actor.organisationId,
    rows.map((r) => r.contactId),
  );
  const horizon = new Date(Date.now() + query.withinDays * 86_400_000).toISOString().slice(0, 10);
  const items = rows
    .map((r) =>
      presentRetention(
        ctx,
        { id: r.contactId, displayName: r.displayName, kind: r.kind },
        r.retention,
        holds.filter((h) => h.contactId === r.contactId),
        { openTransactions: null, lastActivityAt: null },
      ),
    )
    .filter((item) => {
      if (query.filter === 'proposals') return item.state === 'proposed';
      if (query.filter === 'held') return item.state === 'held';
      if (query.filter === 'upcoming') return item.state === 'ended' && item.purgeDueOn! <= horizon;
      return true;
    })
    .sort((a, b) => (a.purgeDueOn ?? '9999').localeCompare(b.purgeDueOn ?? '9999'));
  return {
    items,
    retentionYears: ctx.config.retention.years,
    inactivityMonths: ctx.config.retention.inactivityMonths,
  };
}
