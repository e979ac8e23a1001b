import { sql } from 'drizzle-orm';
import type { TTx } from '../../db/client.ts';
import { bankStatementLines } from '../wallet.schema.ts';
import type { TStatementDetail, TStatementEntry } from './camt053-parser.ts';

/** A statement line about to be stored: a whole entry, one detail of a batch, or a batch's remainder. */
export type TLineInput = {
  entryReference: string;
  bookingDate: string;
  amountCents: number;
  currency: string;
  communication: string | null;
  debtorName: string | null;
  debtorIban: string | null;
};
export function lineOf(
  entry: TStatementEntry,
  detail: TStatementDetail | undefined,
  reference: string,
): TLineInput {
  return {
    entryReference: reference,
    bookingDate: entry.bookingDate,
    amountCents: entry.amountCents,
    currency: entry.currency,
    communication: detail?.communication ?? null,
    debtorName: detail?.debtorName ?? null,
    debtorIban: detail?.debtorIban ?? null,
  };
}

/** What the administrator sees on a batch's remainder: the communications it holds, shortened. */
export function restCommunication(rest: TStatementDetail[]): string | null {
  const parts = rest.map((d) => d.communication).filter((c): c is string => !!c);
  return parts.length ? parts.join(' | ').slice(0, 500) : null;
}

/** An entry seen before, in whole or in part (its batch lines carry `#n` / `#rest` after its reference). */
export async function isEntryKnown(tx: TTx, entryReference: string): Promise<boolean> {
  const [known] = await tx
    .select({ id: bankStatementLines.id })
    .from(bankStatementLines)
    .where(
      sql`${bankStatementLines.entryReference} = ${entryReference} or starts_with(${bankStatementLines.entryReference}, ${`${entryReference}#`})`,
    )
    .limit(1);
  return Boolean(known);
}
