import type { TFreezeDutiesResponse, TRecordFreezeDutyRequest } from '@vigilo/domain/contracts/screening.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  checkFreezeRecord,
  type FreezeRecordError,
  freezeDutiesOf,
  isAssetFreezeList,
} from '@vigilo/domain/risk/index.ts';
import { and, asc, eq } from 'drizzle-orm';
import { userNamesByIds } from '../accounts/user-names.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contactExists } from '../contacts/contacts.reads.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { riskListOfHit } from './hit-list-kind.ts';
import { freezeDutyRecords, screeningHits, screenings } from './screening.schema.ts';

type THit = typeof screeningHits.$inferSelect;
type TFactors = { code: string; list?: string; entryId?: string }[];

/** A hit with the kind of list it is on (its screening says whether it was PEP data). */
const asFreezeHit = (hit: THit, factors: unknown) => ({
  ...hit,
  list: riskListOfHit(hit, factors as TFactors),
});

/** Hits of the organisation with their screening's factors. */
function hitsWithFactors(db: TDbOrTx) {
  return db
    .select({ hit: screeningHits, factors: screenings.factors })
    .from(screeningHits)
    .innerJoin(screenings, eq(screenings.id, screeningHits.screeningId));
}

/** The same listed person may be confirmed again on a later screening: one set of duties per entry. */
const entryKey = (hit: Pick<THit, 'partyContactId' | 'list' | 'entryId'>) =>
  `${hit.partyContactId}|${hit.list}|${hit.entryId}`;

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The duties of each match confirmed on an asset-freeze list for a contact (its own and its linked
 * parties'): report to CTIF-CFI, notify the Treasury of the freeze — each done (date, reference, who)
 * or still due.
 */
export async function listFreezeDuties(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
): Promise<TFreezeDutiesResponse> {
  if (!(await contactExists(ctx.db, actor.organisationId, contactId))) throw new AppError('not_found');
  const hits = (
    await hitsWithFactors(ctx.db)
      .where(
        and(
          eq(screeningHits.organisationId, actor.organisationId),
          eq(screeningHits.contactId, contactId),
          eq(screeningHits.disposition, 'true_match'),
        ),
      )
      .orderBy(asc(screeningHits.createdAt))
  )
    .map((r) => ({ hit: r.hit, kind: asFreezeHit(r.hit, r.factors) }))
    .filter((r) => isAssetFreezeList(r.kind.list));
  const records = await recordsOf(ctx.db, actor.organisationId, contactId);
  const firstByEntry = new Map<string, (typeof hits)[number]>();
  for (const h of hits) if (!firstByEntry.has(entryKey(h.hit))) firstByEntry.set(entryKey(h.hit), h);
  return {
    items: [...firstByEntry.values()].map(({ hit, kind }) => {
      const mine = records.filter((r) => r.key === entryKey(hit));
      return {
        hitId: hit.id,
        partyName: hit.partyName,
        list: hit.list,
        matchedName: hit.matchedName,
        confirmedAt: hit.dispositionedAt?.toISOString() ?? null,
        duties: freezeDutiesOf(kind, mine).map(({ duty, article }) => {
          const row = mine.find((r) => r.duty === duty);
          return {
            duty,
            article,
            record: row
              ? {
                  doneOn: row.doneOn,
                  reference: row.reference,
                  recordedByName: row.recordedByName,
                  recordedAt: row.recordedAt,
                }
              : null,
          };
        }),
      };
    }),
  };
}

async function recordsOf(db: TDbOrTx, organisationId: string, contactId: string) {
  const rows = await db
    .select({ record: freezeDutyRecords, hit: screeningHits })
    .from(freezeDutyRecords)
    .innerJoin(screeningHits, eq(screeningHits.id, freezeDutyRecords.hitId))
    .where(
      and(eq(freezeDutyRecords.organisationId, organisationId), eq(freezeDutyRecords.contactId, contactId)),
    )
    .orderBy(asc(freezeDutyRecords.createdAt));
  const names = await userNamesByIds(
    db,
    rows.map((r) => r.record.recordedBy),
  );
  return rows.map((r) => ({
    key: entryKey(r.hit),
    duty: r.record.duty,
    doneOn: r.record.doneOn,
    reference: r.record.reference,
    recordedByName: (r.record.recordedBy && names.get(r.record.recordedBy)) ?? null,
    recordedAt: r.record.createdAt.toISOString(),
  }));
}

const recordErrors: Record<FreezeRecordError, { field: string; code: string } | null> = {
  'not-a-confirmed-freeze': null,
  'already-recorded': null,
  'invalid-date': { field: 'doneOn', code: 'invalid_format' },
  'date-in-future': { field: 'doneOn', code: 'date_in_future' },
  'reference-required': { field: 'reference', code: 'required' },
};

/** The officer records that the report to CTIF-CFI or the Treasury notification was made; audited. */
export async function recordFreezeDuty(
  ctx: TAppContext,
  actor: TActor,
  hitId: string,
  input: TRecordFreezeDutyRequest,
): Promise<TFreezeDutiesResponse> {
  const contactId = await ctx.db.transaction(async (tx) => {
    const [found] = await hitsWithFactors(tx)
      .where(and(eq(screeningHits.id, hitId), eq(screeningHits.organisationId, actor.organisationId)))
      .for('update', { of: screeningHits });
    if (!found) throw new AppError('not_found');
    const hit = found.hit;
    const existing = (await recordsOf(tx, actor.organisationId, hit.contactId)).filter(
      (r) => r.key === entryKey(hit),
    );
    const checked = checkFreezeRecord(asFreezeHit(hit, found.factors), existing, input, today());
    if (!checked.ok) {
      const field = recordErrors[checked.error];
      if (!field) throw new AppError('invalid_transition');
      throw new AppError('validation_failed', { fields: [field] });
    }
    await tx.insert(freezeDutyRecords).values({
      organisationId: actor.organisationId,
      hitId: hit.id,
      contactId: hit.contactId,
      duty: checked.record.duty,
      doneOn: checked.record.doneOn,
      reference: checked.record.reference,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.userId,
      action: 'screening.freeze_duty_recorded',
      subjectType: 'contact',
      subjectId: hit.contactId,
      payload: { hitId: hit.id, list: hit.list, entryId: hit.entryId, ...checked.record },
      ip: actor.ip,
    });
    return hit.contactId;
  });
  return listFreezeDuties(ctx, actor, contactId);
}

/**
 * A hit just confirmed as a true match (`hit` as it was before) on an asset-freeze list: the officers are
 * told to report to CTIF-CFI and to notify the Treasury of the freeze (in the confirmation's transaction).
 */
export async function promptFreezeDuties(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  hit: THit,
  contactName: string,
) {
  if (hit.disposition === 'true_match') return;
  const [screening] = await tx
    .select({ factors: screenings.factors })
    .from(screenings)
    .where(eq(screenings.id, hit.screeningId));
  if (!isAssetFreezeList(asFreezeHit(hit, screening?.factors ?? []).list)) return;
  const officers = (await findOfficers(tx, actor.organisationId)).map((o) => o.user);
  await notify(tx, ctx.config.publicUrl, officers, {
    organisationId: actor.organisationId,
    kind: 'freeze_duties_due',
    subjectType: 'contact',
    subjectId: hit.contactId,
    title: contactName,
    mail: { template: 'freezeDutiesDue', vars: {}, path: `/contacts/${hit.contactId}` },
  });
}
