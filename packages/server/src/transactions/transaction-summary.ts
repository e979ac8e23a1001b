import type { TAddress } from '@vigilo/domain/contracts/contacts.ts';
import type { TTransactionSummary } from '@vigilo/domain/contracts/transactions.ts';
import type { DecisionState } from '@vigilo/domain/workflow/index.ts';
import { decisionSeenBy } from '../declarations/case-workflow.ts';
import { transactions } from './transactions.schema.ts';

/** The columns a transaction's summary (a row of the list, the head of its page) is made of. */
export const summaryColumns = {
  id: transactions.id,
  reference: transactions.reference,
  type: transactions.type,
  propertyAddress: transactions.propertyAddress,
  priceCents: transactions.priceCents,
  decision: transactions.decision,
  level: transactions.level,
  createdAt: transactions.createdAt,
};

type TSummaryRow = { [K in keyof typeof summaryColumns]: (typeof transactions.$inferSelect)[K] };

export function presentSummary(
  row: TSummaryRow,
  partyNames: string[],
  creator: string | null,
  viewerUserId: string,
): TTransactionSummary {
  return {
    id: row.id,
    reference: row.reference,
    type: row.type,
    propertyAddress: row.propertyAddress as TAddress,
    priceCents: row.priceCents,
    status: decisionSeenBy(row.decision as DecisionState, viewerUserId).status,
    vigilanceLevel: row.level,
    partyNames,
    createdByName: creator,
    createdAt: row.createdAt.toISOString(),
  };
}
