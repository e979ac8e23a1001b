import {
  auditPayloadSchema,
  type TAuditPayloadAction,
  type TAuditPayloadOf,
} from '@vigilo/domain/contracts/audit-payloads.ts';
import { z } from 'zod';
import type { TAuditAction } from './audit-actions.ts';

/**
 * The catalogue (`audit-actions.ts`) and the payload shapes (`@vigilo/domain/contracts/audit-payloads.ts`,
 * shared with the web's audit viewer) hold the same actions: an action added to one and not the other
 * fails the typecheck here.
 */
type TSameActions = [TAuditAction] extends [TAuditPayloadAction]
  ? [TAuditPayloadAction] extends [TAuditAction]
    ? true
    : 'an action has a payload shape but is not in the catalogue'
  : 'an action of the catalogue has no payload shape';
const sameActions: TSameActions = true;
void sameActions;

/** The payload `action` records: the type follows the action at compile time. */
export type TAuditPayload<A extends TAuditAction> = TAuditPayloadOf<A>;

/** A payload that does not fit its action's shape: a programming error, never the user's. */
export class InvalidAuditPayloadError extends Error {
  constructor(action: TAuditAction, error: z.ZodError) {
    super(`audit payload of ${action} does not fit its shape: ${z.prettifyError(error)}`);
    this.name = 'InvalidAuditPayloadError';
  }
}

/**
 * Throws {@link InvalidAuditPayloadError} unless `payload` fits `action`'s shape exactly (no unknown field).
 * In production a payload that does not fit is logged and recorded as given instead: the mismatch is a
 * programming error the tests exist to catch, and at a client's desk it must neither undo the user's act
 * (a 500) nor lose its audit record.
 */
export function assertAuditPayload(
  action: TAuditAction,
  payload: unknown,
  production = process.env.NODE_ENV === 'production',
): void {
  const parsed = auditPayloadSchema(action).safeParse(payload ?? {});
  if (parsed.success) return;
  const error = new InvalidAuditPayloadError(action, parsed.error);
  if (!production) throw error;
  console.error(error.message);
}
