import { apiKeyScopes, officerOnlyScopes, type TApiKeyScope } from '@vigilo/domain/contracts/api-keys.ts';
import type { TActor } from '../http/actor.ts';

/** Managers who use the tool, and the AML officer, manage the organisation's keys. */
export function canManageApiKeys(actor: TActor): boolean {
  return actor.toolRole === 'officer' || (actor.isManager && actor.toolRole !== 'none');
}

/** Officer-only data can be opened to a key by the officer alone. */
export function grantableScopes(actor: TActor): TApiKeyScope[] {
  return apiKeyScopes.filter((s) => actor.toolRole === 'officer' || !officerOnlyScopes.includes(s));
}
