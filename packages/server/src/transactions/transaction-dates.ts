import type { TTransactionDates } from '@vigilo/domain/contracts/transactions.ts';
import {
  checkTransactionDates,
  findLateIdentifications,
  newLateIdentifications,
} from '@vigilo/domain/transactions/index.ts';
import { userNamesByIds } from '../accounts/user-names.ts';
import type { TAppContext } from '../context.ts';
import type { TTx } from '../db/client.ts';
import type { TActor } from '../http/actor.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';
import { findOfficers, notify } from '../notifications/notifications.service.ts';
import { partiesOf } from './transaction-case.ts';

// The dates identification must precede (issue 14, item 10): their checks, and the parties they show
// identified too late.

export const datesOf = (input: Partial<TTransactionDates>): TTransactionDates => ({
  brokerageAgreementDate: input.brokerageAgreementDate ?? null,
  agreementDate: input.agreementDate ?? null,
});

export function datesErrors(dates: TTransactionDates): { field: string; code: string }[] {
  return checkTransactionDates({ ...dates, today: brusselsDay(new Date()) }).map((e) => ({
    field: e.field,
    code: e.error.replace(/-/g, '_'),
  }));
}

/** The parties identified after the agreement they had to precede, with their names. */
export function lateIdentificationsOf(
  dates: TTransactionDates,
  parties: Awaited<ReturnType<typeof partiesOf>>,
) {
  return findLateIdentifications({ ...dates, parties }).map((late) => ({
    ...late,
    displayName: parties.find((p) => p.contactId === late.contactId)?.displayName ?? '',
  }));
}

/**
 * Tells the officers when recording dates reveals a party identified too late (issue 14, item 10): only
 * lateness they were not told about yet, in the transaction that recorded the dates.
 */
export async function notifyLateIdentifications(
  tx: TTx,
  ctx: TAppContext,
  actor: TActor,
  row: { id: string; reference: string },
  before: TTransactionDates,
  after: TTransactionDates,
) {
  const parties = await partiesOf(tx, actor.organisationId, row.id);
  const fresh = newLateIdentifications(
    findLateIdentifications({ ...before, parties }),
    findLateIdentifications({ ...after, parties }),
  );
  if (fresh.length === 0) return;
  const me = (await userNamesByIds(tx, [actor.userId])).get(actor.userId) ?? '';
  const names = fresh.map((late) => parties.find((p) => p.contactId === late.contactId)?.displayName ?? '');
  const officers = (await findOfficers(tx, actor.organisationId)).map((o) => o.user);
  await notify(tx, ctx.config.publicUrl, officers, {
    organisationId: actor.organisationId,
    kind: 'late_identification',
    subjectType: 'transaction',
    subjectId: row.id,
    title: row.reference,
    mail: {
      template: 'lateIdentification',
      vars: { actor: me, parties: [...new Set(names)].join(', ') },
      path: `/transactions/${row.id}`,
    },
  });
}
