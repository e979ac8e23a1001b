import { type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';

/*
 * Contacts as the records module reads them: when a contact was last edited, the contacts idle since a
 * date (retention clock), those active within a period (export). `contactId` is an SQL expression.
 */

/** When the contact itself was last edited. */
export function contactLastEdit(contactId: SQL): SQL {
  return sql`(select c2.updated_at from contacts c2 where c2.id = ${contactId})`;
}

export type TIdleContact = {
  id: string;
  organisation_id: string;
  display_name: string;
  last_activity_at: string | Date;
};

/**
 * Contacts of every organisation whose last activity (`lastActivity`, given the contact's id) is before
 * `before`, except those `excluded` (given the contact's id), at most `limit`.
 */
export async function findIdleContacts(
  db: TDbOrTx,
  input: {
    lastActivity: (contactId: SQL) => SQL;
    before: string;
    excluded: (contactId: SQL) => SQL;
    limit: number;
  },
): Promise<TIdleContact[]> {
  const contactId = sql`c.id`;
  const result = await db.execute(sql`
    select c.id, c.organisation_id, c.display_name, idle.at as last_activity_at
    from contacts c
    cross join lateral (select ${input.lastActivity(contactId)} as at) idle
    where idle.at < ${input.before}::date and not ${input.excluded(contactId)}
    limit ${input.limit}`);
  return result.rows as TIdleContact[];
}

/**
 * The organisation's contacts created or edited within a period (`within`, given a column), or with
 * `otherActivity` (given the contact's id: a risk profile changed, a document attached…).
 */
export async function contactIdsActiveWithin(
  db: TDbOrTx,
  organisationId: string,
  within: (column: SQL) => SQL,
  otherActivity: (contactId: SQL) => SQL,
): Promise<string[]> {
  const result = await db.execute(sql`
    select c.id from contacts c where c.organisation_id = ${organisationId} and (
      ${within(sql`c.created_at`)} or ${within(sql`c.updated_at`)} or ${otherActivity(sql`c.id`)})`);
  return (result.rows as { id: string }[]).map((r) => r.id);
}
