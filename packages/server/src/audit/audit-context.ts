import { AsyncLocalStorage } from 'node:async_hooks';

/** The channel a request acts through, when it is not a person's own session. */
export type TAuditChannel = { apiKey?: { id: string; name: string } };

/**
 * One store per HTTP request (entered by the session plugin). A request made with an API key is audited
 * under the key's name without every service having to pass the key along: `recordAudit` reads it here.
 */
export const auditChannel = new AsyncLocalStorage<TAuditChannel>();
