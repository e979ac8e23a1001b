import { AppError } from '@vigilo/domain/errors/error-codes.ts';
import type { TActor } from '../http/actor.ts';

/**
 * Who reads the organisation's whole audit trail: its managers (who answer for the agency) and its AML
 * officers (who answer to the supervisor, law of 18 September 2017 art. 9). Collaborators see the history of the
 * contacts and transactions they work on, on those pages; exports, the retention clock and legal holds
 * are the officer's alone (routes with `access: 'officer'`).
 */
export function canViewAuditTrail(actor: TActor): boolean {
  return actor.isManager || actor.toolRole === 'officer';
}

export function assertCanViewAuditTrail(actor: TActor): void {
  if (!canViewAuditTrail(actor)) throw new AppError('forbidden');
}
