import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { TActor } from '../http/actor.ts';

/**
 * Who may commit the organisation's money beyond a single calculation: buying a subscription and
 * topping up are for the agency's managers and its AML officers. Every tool user sees the wallet and
 * pays a transaction's vigilance calculation ("Pay and continue") as part of their work.
 */
export function canSpendFromWallet(actor: TActor): boolean {
  return actor.isManager || actor.toolRole === 'officer';
}

export function assertCanSpendFromWallet(actor: TActor): void {
  if (!canSpendFromWallet(actor)) throw new AppError('forbidden');
}
