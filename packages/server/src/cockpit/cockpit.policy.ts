import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { TActor } from '../http/actor.ts';

/**
 * The agency part of the cockpit (activity, wallet, staff training) is for whoever runs the agency: its
 * managers and its AML officers. Collaborators see their own work on the tool's pages instead.
 */
export function canSeeAgencyCockpit(actor: TActor): boolean {
  return actor.isManager || actor.toolRole === 'officer';
}

export function assertCanSeeAgencyCockpit(actor: TActor): void {
  if (!canSeeAgencyCockpit(actor)) throw new AppError('forbidden');
}
