import { sql } from 'drizzle-orm';
import type { TTx } from '../db/client.ts';
import { inList } from '../db/sql-in-list.ts';

/*
 * The retention purge of a contact (records/purge-contact.ts), for the transactions' part: the contact's
 * transactions, those that go with it, and the search text of those kept for their other parties. Run in
 * the purge's transaction.
 */

export type TPurgeTransaction = {
  id: string;
  type: string;
  status: string;
  level: string | null;
  price_cents: number | string;
  property_address: { country?: string } | null;
  created_at: string | Date;
};

/** The contact's transactions, each with the other parties that remain once it is gone. */
export async function transactionsOfContact(tx: TTx, contactId: string) {
  const found = await tx.execute(
    sql`select p.transaction_id as id,
          (select array_agg(distinct o.contact_id::text) from transaction_parties o
            where o.transaction_id = p.transaction_id and o.contact_id <> ${contactId}) as others
        from transaction_parties p where p.contact_id = ${contactId} group by p.transaction_id`,
  );
  return found.rows as { id: string; others: string[] | null }[];
}

/** What the anonymous residue of these transactions keeps (type, status, level, price, country, date). */
export async function transactionsForResidue(tx: TTx, ids: readonly string[]): Promise<TPurgeTransaction[]> {
  if (ids.length === 0) return [];
  const found = await tx.execute(
    sql`select id, type, status, level, price_cents, property_address, created_at
        from transactions where id::text in ${inList(ids)}`,
  );
  return found.rows as TPurgeTransaction[];
}

/** Removes the contact from every transaction, and deletes the transactions that go with it. */
export async function deleteContactTransactions(
  tx: TTx,
  contactId: string,
  transactionIds: readonly string[],
): Promise<void> {
  await tx.execute(sql`delete from transaction_parties where contact_id = ${contactId}`);
  if (transactionIds.length === 0) return;
  await tx.execute(
    sql`delete from transaction_parties where transaction_id::text in ${inList(transactionIds)}`,
  );
  await tx.execute(sql`delete from transactions where id::text in ${inList(transactionIds)}`);
}

/** A transaction's reference, property address and the ids of its parties: what its search text holds. */
export async function transactionSearchSource(tx: TTx, transactionId: string) {
  const found = await tx.execute(
    sql`select t.reference, t.property_address,
          coalesce(array_agg(p.contact_id::text) filter (where p.contact_id is not null), '{}') as party_ids
        from transactions t
        left join transaction_parties p on p.transaction_id = t.id
        where t.id = ${transactionId} group by t.id`,
  );
  const [row] = found.rows as {
    reference: string;
    property_address: Record<string, string>;
    party_ids: string[];
  }[];
  return row ?? null;
}

/** Replaces a transaction's search text (a transaction kept for its other parties loses a purged name). */
export async function setTransactionSearchText(tx: TTx, transactionId: string, searchText: string) {
  await tx.execute(sql`update transactions set search_text = ${searchText} where id = ${transactionId}`);
}
