import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { isListStale } from '@vigilo/domain/screening/index.ts';
import { and, desc, eq, gt } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contactsToRescreen, setDecisionAfterScreening } from '../contacts/contact-screening-status.ts';
import { contactExists, contactNamesByIds, contactsByIds } from '../contacts/contacts.reads.ts';
import type { TAppContext } from '../context.ts';
import type { TDb, TDbOrTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import { promptFreezeDuties } from './freeze-duties.service.ts';
import { activeVersions } from './list-versions.service.ts';
import { announceNewHits, screenContact } from './screen-contact.ts';
import { rescreenRuns, screeningHits, screenings } from './screening.schema.ts';

export async function latestScreening(db: TDbOrTx, organisationId: string, contactId: string) {
  const [screening] = await db
    .select()
    .from(screenings)
    .where(and(eq(screenings.organisationId, organisationId), eq(screenings.contactId, contactId)))
    .orderBy(desc(screenings.screenedAt))
    .limit(1);
  if (!screening) return null;
  const rows = await db
    .select()
    .from(screeningHits)
    .where(eq(screeningHits.screeningId, screening.id))
    .orderBy(desc(screeningHits.score));
  const names = await userNamesByIds(
    db,
    rows.map((hit) => hit.dispositionedBy),
  );
  const hits = rows.map((hit) => ({
    hit,
    dispositionedByName: (hit.dispositionedBy && names.get(hit.dispositionedBy)) ?? null,
  }));
  return { screening, hits };
}

/** The contact's latest screening, for its page (the officer sees exactly why). */
export async function getContactScreening(ctx: TAppContext, actor: TActor, contactId: string) {
  if (!(await contactExists(ctx.db, actor.organisationId, contactId))) throw new AppError('not_found');
  const latest = await latestScreening(ctx.db, actor.organisationId, contactId);
  if (!latest) return { screening: null };
  const { screening, hits } = latest;
  const used = screening.listVersions as { id: string; source: string; date: string; checksum: string }[];
  return {
    screening: {
      id: screening.id,
      contactVersionNo: screening.contactVersionNo,
      trigger: screening.trigger,
      level: screening.level,
      factors: screening.factors as Record<string, string>[],
      listVersions: used,
      // Lists older than LISTS_STALE_DAYS when this screening ran: the contact page says so.
      staleLists: used
        .filter((v) => isListStale(v.date, screening.screenedAt, ctx.config.lists.staleDays))
        .map((v) => ({ source: v.source, date: v.date })),
      countryRiskVersion: screening.countryRiskVersion,
      screenedAt: screening.screenedAt.toISOString(),
      hits: hits.map(({ hit, dispositionedByName }) => ({
        id: hit.id,
        partyContactId: hit.partyContactId,
        partyName: hit.partyName,
        list: hit.list,
        entryId: hit.entryId,
        matchedName: hit.matchedName,
        score: hit.score,
        explanation: hit.explanation as Record<string, unknown>,
        isNew: hit.isNew === 1,
        disposition: hit.disposition,
        dispositionReason: hit.dispositionReason,
        dispositionedByName,
        dispositionedAt: hit.dispositionedAt?.toISOString() ?? null,
      })),
    },
  };
}

/** Screens again now (e.g. after the collaborator fixed a name), as a new screening. */
export async function rescreenContact(ctx: TAppContext, actor: TActor, contactId: string) {
  await ctx.db.transaction(async (tx) => {
    const result = await screenContact(tx, actor.organisationId, contactId, {
      trigger: 'manual',
      userId: actor.userId,
    });
    if (!result) throw new AppError('not_found');
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'screening.contact_screened',
      subjectType: 'contact',
      subjectId: contactId,
      payload: { screeningId: result.screening.id, level: result.screening.level, hits: result.hits },
      ip: actor.ip,
    });
    await announceNewHits(tx, actor.organisationId, contactId, result);
  });
  return getContactScreening(ctx, actor, contactId);
}

/** A user marks a hit as a true match or a false positive (with a reason); audited (B2). */
export async function dispositionHit(
  ctx: TAppContext,
  actor: TActor,
  hitId: string,
  input: { disposition: 'true_match' | 'false_positive'; reason: string },
) {
  const contactId = await ctx.db.transaction(async (tx) => {
    const [hit] = await tx
      .select()
      .from(screeningHits)
      .where(and(eq(screeningHits.id, hitId), eq(screeningHits.organisationId, actor.organisationId)));
    if (!hit) throw new AppError('not_found');
    await tx
      .update(screeningHits)
      .set({
        disposition: input.disposition,
        dispositionReason: input.reason,
        dispositionedBy: actor.userId,
        dispositionedAt: new Date(),
      })
      .where(eq(screeningHits.id, hit.id));
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'screening.hit_dispositioned',
      subjectType: 'contact',
      subjectId: hit.contactId,
      payload: {
        hitId: hit.id,
        list: hit.list,
        entryId: hit.entryId,
        from: hit.disposition,
        to: input.disposition,
        reason: input.reason,
      },
      ip: actor.ip,
    });
    if (input.disposition === 'true_match') {
      const names = await contactNamesByIds(tx, actor.organisationId, [hit.contactId]);
      await promptFreezeDuties(tx, ctx, actor, hit, names.get(hit.contactId) ?? '');
    }
    return hit.contactId;
  });
  return getContactScreening(ctx, actor, contactId);
}

/**
 * The collaborator accepts or refuses the contact after screening (M4). Continuing despite heightened
 * vigilance notifies the AML officer(s), for information.
 */
export async function decideAfterScreening(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: { decision: 'accept' | 'refuse'; motivation: string },
) {
  await ctx.db.transaction(async (tx) => {
    const [contact] = await contactsByIds(tx, actor.organisationId, [contactId]);
    if (!contact) throw new AppError('not_found');
    if (contact.status !== 'screened') throw new AppError('invalid_transition');
    const latest = await latestScreening(tx, actor.organisationId, contactId);
    const heightened = latest?.screening.level === 'heightened';
    if (heightened && input.decision === 'accept' && !input.motivation.trim()) {
      throw new AppError('motivation_required', { field: 'motivation' });
    }
    await setDecisionAfterScreening(tx, contactId, input.decision);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'screening.contact_decided',
      subjectType: 'contact',
      subjectId: contactId,
      payload: {
        decision: input.decision,
        level: latest?.screening.level ?? null,
        motivation: input.motivation,
      },
      ip: actor.ip,
    });
    if (heightened && input.decision === 'accept') {
      const officers = (await findOfficers(tx, actor.organisationId)).map((o) => o.user);
      const me = await userNamesByIds(tx, [actor.userId]);
      await notify(tx, ctx.config.publicUrl, officers, {
        organisationId: actor.organisationId,
        kind: 'continued_despite_heightened',
        subjectType: 'contact',
        subjectId: contactId,
        title: contact.displayName,
        mail: {
          template: 'continuedDespiteHeightened',
          vars: { actor: me.get(actor.userId)! },
          path: `/contacts/${contactId}`,
        },
      });
    }
  });
}

/** Hits raised by the re-screening after the latest list versions ("new hits since last version"). */
export async function listNewHits(ctx: TAppContext, actor: TActor) {
  const versions = await activeVersions(ctx.db, actor.organisationId);
  const since = new Date(Math.min(Date.now(), ...versions.map((v) => v.importedAt.getTime())));
  const rows = await ctx.db
    .select({ hit: screeningHits, screenedAt: screenings.screenedAt })
    .from(screeningHits)
    .innerJoin(screenings, eq(screenings.id, screeningHits.screeningId))
    .where(
      and(
        eq(screeningHits.organisationId, actor.organisationId),
        eq(screeningHits.isNew, 1),
        eq(screenings.trigger, 'list_update'),
        gt(screenings.screenedAt, new Date(since.getTime() - 1)),
      ),
    )
    .orderBy(desc(screenings.screenedAt))
    .limit(200);
  const names = await contactNamesByIds(
    ctx.db,
    actor.organisationId,
    rows.map((r) => r.hit.contactId),
  );
  return {
    // A hit's contact always exists (foreign key), in the hit's organisation.
    items: rows.map((r) => ({
      hitId: r.hit.id,
      contactId: r.hit.contactId,
      contactName: names.get(r.hit.contactId) ?? '',
      partyName: r.hit.partyName,
      list: r.hit.list,
      entryId: r.hit.entryId,
      matchedName: r.hit.matchedName,
      score: r.hit.score,
      disposition: r.hit.disposition,
      screenedAt: r.screenedAt.toISOString(),
    })),
  };
}

const batchSize = 200;

/**
 * Background job after a list import: re-screens every active contact of every organisation, in batches,
 * remembering where it stopped so a crashed or restarted instance resumes; officers hear of new hits.
 */
export function createRescreenHandler(db: TDb, publicUrl: string) {
  return async function rescreen(payload: Record<string, unknown>): Promise<void> {
    const versionId = String(payload.versionId);
    await db.insert(rescreenRuns).values({ versionId }).onConflictDoNothing();
    for (;;) {
      const [run] = await db.select().from(rescreenRuns).where(eq(rescreenRuns.versionId, versionId));
      if (!run || run.finishedAt) return;
      const batch = await contactsToRescreen(db, run.lastContactId, batchSize);
      if (batch.length === 0) {
        await db
          .update(rescreenRuns)
          .set({ finishedAt: new Date() })
          .where(eq(rescreenRuns.versionId, versionId));
        return;
      }
      await db.transaction(async (tx) => {
        let newHits = 0;
        const alerts = new Map<string, { contactId: string; name: string }[]>();
        for (const contact of batch) {
          const result = await screenContact(tx, contact.organisationId, contact.id, {
            trigger: 'list_update',
            userId: null,
          });
          if (result && result.newHits > 0) {
            newHits += result.newHits;
            alerts.set(contact.organisationId, [
              ...(alerts.get(contact.organisationId) ?? []),
              { contactId: contact.id, name: contact.displayName },
            ]);
          }
        }
        for (const [organisationId, found] of alerts) {
          const officers = (await findOfficers(tx, organisationId)).map((o) => o.user);
          for (const f of found) {
            await emitWebhookEvent(tx, organisationId, 'screening.new_hits', {
              contactId: f.contactId,
              listVersionId: versionId,
            });
            await notify(tx, publicUrl, officers, {
              organisationId,
              kind: 'screening_new_hit',
              subjectType: 'contact',
              subjectId: f.contactId,
              title: f.name,
              mail: { template: 'screeningNewHit', vars: {}, path: `/contacts/${f.contactId}` },
            });
          }
        }
        await tx
          .update(rescreenRuns)
          .set({
            lastContactId: batch.at(-1)!.id,
            screened: run.screened + batch.length,
            newHits: run.newHits + newHits,
          })
          .where(eq(rescreenRuns.versionId, versionId));
      });
    }
  };
}
