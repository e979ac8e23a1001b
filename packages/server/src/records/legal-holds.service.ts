import type { TContactRetention } from '@vigilo/domain/contracts/records.ts';
import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { eq } from 'drizzle-orm';
import type { TAppContext } from '../context.ts';
import type { TActor } from '../http/actor.ts';
import { legalHolds } from './records.schema.ts';
import { findActiveHold } from './retention.repository.ts';
import { audit, getContactRetention, lockContact } from './retention.service.ts';

/** Suspends the purge of a contact (a CTIF or judicial request) until the hold is released. */
export async function placeLegalHold(
  ctx: TAppContext,
  actor: TActor,
  contactId: string,
  input: { reason: string; reference: string },
): Promise<TContactRetention> {
  await ctx.db.transaction(async (tx) => {
    await lockContact(tx, actor, contactId);
    const [hold] = await tx
      .insert(legalHolds)
      .values({
        organisationId: actor.organisationId,
        contactId,
        reason: input.reason,
        reference: input.reference,
        placedBy: actor.userId,
      })
      .returning();
    await audit(tx, actor, contactId, 'retention.legal_hold_placed', {
      holdId: hold!.id,
      reason: input.reason,
      reference: input.reference,
    });
  });
  return getContactRetention(ctx, actor, contactId);
}

export async function releaseLegalHold(
  ctx: TAppContext,
  actor: TActor,
  holdId: string,
  reason: string,
): Promise<TContactRetention> {
  const contactId = await ctx.db.transaction(async (tx) => {
    const hold = await findActiveHold(tx, actor.organisationId, holdId);
    if (!hold) throw new AppError('conflict');
    await lockContact(tx, actor, hold.contactId);
    await tx
      .update(legalHolds)
      .set({ releasedAt: new Date(), releasedBy: actor.userId, releaseReason: reason })
      .where(eq(legalHolds.id, holdId));
    await audit(tx, actor, hold.contactId, 'retention.legal_hold_released', { holdId, reason });
    return hold.contactId;
  });
  return getContactRetention(ctx, actor, contactId);
}
