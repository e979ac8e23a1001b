import { type SQL, sql } from 'drizzle-orm';
import type { TDbOrTx } from '../db/client.ts';

/*
 * Transactions as the retention clock (records module) reads them: whether a contact is party to one
 * under way, and when its transactions last changed. `contactId` is an SQL expression or a value.
 */

/** Statuses of a transaction still under way (the decision workflow's non-final states). */
export const openTransactionStatuses = [
  'draft',
  'computed',
  'awaiting-officer',
  'awaiting-ctif',
  'ctif-answered',
];

const openStatuses = () =>
  sql.join(
    openTransactionStatuses.map((s) => sql`${s}`),
    sql`, `,
  );

/** How many transactions under way the contact is a party to. */
export async function countOpenTransactionsOfContact(db: TDbOrTx, contactId: string): Promise<number> {
  const result = await db.execute(sql`
    select count(distinct t.id)::int as n from transactions t
    join transaction_parties p on p.transaction_id = t.id
    where p.contact_id = ${contactId} and t.status in (${openStatuses()})`);
  return (result.rows[0] as { n: number }).n;
}

/** Whether the contact is party to a transaction under way. */
export function hasOpenTransaction(contactId: SQL): SQL {
  return sql`exists (select 1 from transaction_parties p join transactions t on t.id = p.transaction_id
    where p.contact_id = ${contactId} and t.status in (${openStatuses()}))`;
}

/** When a transaction the contact is party to last changed. */
export function lastTransactionChange(contactId: SQL): SQL {
  return sql`(select max(t.updated_at) from transactions t join transaction_parties p on p.transaction_id = t.id
     where p.contact_id = ${contactId})`;
}
