import type { TFreezeDutiesResponse, TRecordFreezeDutyRequest } from '@vigilo/domain/contracts/screening.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import {
  checkFreezeRecord,
  type FreezeRecordError,
  freezeDutiesOf,
  isAssetFreezeList,
} from '@vigilo/domain/risk/index.ts';
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../accounts/accounts.schema.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findContact } from '../contacts/contacts.repository.ts';
import type { TAppContext } from '../context.ts';
import type { TDbOrTx, TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { freezeDutyRecords, screeningHits } from './screening.schema.ts';

type THit = typeof screeningHits.$inferSelect;

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
  if (!(await findContact(ctx.db, actor.organisationId, contactId))) throw new AppError('not_found');
  const hits = (
    await ctx.db
      .select()
      .from(screeningHits)
      .where(
        and(
          eq(screeningHits.organisationId, actor.organisationId),
          eq(screeningHits.contactId, contactId),
          eq(screeningHits.disposition, 'true_match'),
        ),
      )
      .orderBy(asc(screeningHits.createdAt))
  ).filter((hit) => isAssetFreezeList(hit.list));
  const records = await recordsOf(ctx.db, actor.organisationId, contactId);
  const firstByEntry = new Map<string, THit>();
  for (const hit of hits) if (!firstByEntry.has(entryKey(hit))) firstByEntry.set(entryKey(hit), hit);
  return {
    items: [...firstByEntry.values()].map((hit) => {
      const mine = records.filter((r) => r.key === entryKey(hit));
      return {
        hitId: hit.id,
        partyName: hit.partyName,
        list: hit.list,
        matchedName: hit.matchedName,
        confirmedAt: hit.dispositionedAt?.toISOString() ?? null,
        duties: freezeDutiesOf(hit, mine).map(({ duty, article }) => {
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
    .select({
      record: freezeDutyRecords,
      hit: screeningHits,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(freezeDutyRecords)
    .innerJoin(screeningHits, eq(screeningHits.id, freezeDutyRecords.hitId))
    .leftJoin(users, eq(users.id, freezeDutyRecords.recordedBy))
    .where(
      and(eq(freezeDutyRecords.organisationId, organisationId), eq(freezeDutyRecords.contactId, contactId)),
    )
    .orderBy(asc(freezeDutyRecords.createdAt));
  return rows.map((r) => ({
    key: entryKey(r.hit),
    duty: r.record.duty,
    doneOn: r.record.doneOn,
    reference: r.record.reference,
    recordedByName: r.firstName ? `${r.firstName} ${r.lastName}` : null,
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
    const [hit] = await tx
      .select()
      .from(screeningHits)
      .where(and(eq(screeningHits.id, hitId), eq(screeningHits.organisationId, actor.organisationId)))
      .for('update');
    if (!hit) throw new AppError('not_found');
    const existing = (await recordsOf(tx, actor.organisationId, hit.contactId)).filter(
      (r) => r.key === entryKey(hit),
    );
    const checked = checkFreezeRecord(hit, existing, input, today());
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
 * A hit just confirmed as a true match on an asset-freeze list: the officers are told to report to
 * CTIF-CFI and to notify the Treasury of the freeze (in the confirmation's transaction).
 */
export async function promptFreezeDuties(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  hit: Pick<THit, 'list' | 'contactId'> & { previousDisposition: THit['disposition'] },
  contactName: string,
) {
  if (hit.previousDisposition === 'true_match' || !isAssetFreezeList(hit.list)) return;
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
