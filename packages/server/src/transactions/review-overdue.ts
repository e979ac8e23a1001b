import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import { checkProfileUsableForNewTransaction } from '@vigilo/domain/risk/index.ts';
import { contactsByIds } from '../contacts/contacts.reads.ts';
import type { TDbOrTx } from '../db/client.ts';
import { brusselsDay } from '../i18n/brussels-day.ts';

/**
 * Refuses a new transaction with a party whose risk profile review is overdue (issue 14, item 9): the
 * profile must be computed again first. Typed refusal `profile_review_overdue` (409), each late party
 * named in the details (field `parties.<i>.contactId`, code `party_review_overdue`).
 */
export async function refuseOverdueReviews(
  db: TDbOrTx,
  organisationId: string,
  contactIds: string[],
  now = new Date(),
): Promise<void> {
  if (contactIds.length === 0) return;
  const today = brusselsDay(now);
  const rows = await contactsByIds(db, organisationId, contactIds);
  const dueOf = new Map(rows.map((row) => [row.id, row]));
  const fields = contactIds.flatMap((contactId, index) => {
    const row = dueOf.get(contactId);
    if (!row) return [];
    const check = checkProfileUsableForNewTransaction(row.reviewDueAt, today);
    if (check.ok) return [];
    return [
      {
        field: `parties.${index}.contactId`,
        code: 'party_review_overdue',
        vars: { name: row.displayName, due: check.error.dueOn },
      },
    ];
  });
  if (fields.length > 0) throw new AppError('profile_review_overdue', { fields });
}
