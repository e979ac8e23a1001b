import type { TApiKeyScope } from '@vigilo/domain/contracts/api-keys.ts';
import { errorCodes } from '@vigilo/domain/errors/error-codes.ts';
import type { TAccess } from '../http/session.plugin.ts';
import { operationSummaries } from './operation-summaries.ts';

/** What the contract needs to know of a route that the generated document does not say. */
export type TRouteFacts = { access: TAccess | undefined; apiKeyScope: TApiKeyScope | null };

type TOperation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { in: string }[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
};
type TDocument = {
  paths?: Record<string, Record<string, TOperation>>;
  components?: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
};

export const errorSchemaName = 'Error';

/** The body of every 4xx and 5xx answer (one error handler writes them all). */
export const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', enum: [...errorCodes], description: 'Stable code, to translate or to branch on' },
    message: { type: 'string', description: "In the caller's language (Accept-Language, or the account's)" },
    details: {
      type: 'array',
      description: 'One entry per field in error',
      items: {
        type: 'object',
        required: ['field', 'code', 'message'],
        properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

export const securitySchemes = {
  sessionCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: 'vigilo_session',
    description: 'The session cookie set by POST /api/auth/login (web app).',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'With a session cookie, every POST, PUT, PATCH and DELETE sends the csrfToken of GET /api/auth/session.',
  },
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An organisation API key (Organisation › API keys): `Authorization: Bearer vgl_…`. No cookie, no CSRF token. ' +
      'Each operation open to keys names the scope it needs.',
  },
};

const refusals: Record<string, string> = {
  '400': 'The input is invalid (`validation_failed`, `malformed_json`…); `details` names each field.',
  '401': 'No valid session or API key (`unauthenticated`).',
  '403':
    'Signed in, but not allowed: role, organisation, CSRF token, or API key scope (`forbidden`, `api_key_scope_missing`…).',
  '404': 'No such resource in your organisation (`not_found`).',
  '429': "Too many requests: the API key's per-minute limit (`rate_limited`).",
  '4XX': 'The request was refused; the error body says why.',
};

const mutating = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Adds to the generated document what an integrator needs and the schemas cannot say: an operationId and
 * a summary per operation, who may call it (security), and the refusals it can answer with.
 */
export function completeContract<T extends TDocument>(
  doc: T,
  factsOf: (method: string, url: string) => TRouteFacts,
): T {
  const tags = new Set<string>();
  for (const [path, operations] of Object.entries(doc.paths ?? {})) {
    const url = path.replace(/\{(\w+)\}/g, ':$1');
    for (const [method, operation] of Object.entries(operations)) {
      const key = `${method.toUpperCase()} ${url}`;
      const facts = factsOf(method.toUpperCase(), url);
      operation.operationId = operationIdOf(method, url);
      operation.summary = operationSummaries[key];
      if (facts.apiKeyScope)
        operation.description = `API key scope: \`${facts.apiKeyScope}\`.${operation.description ? `\n\n${operation.description}` : ''}`;
      operation.security = securityOf(method, facts);
      operation.responses = { ...operation.responses, ...refusalsOf(operation, facts) };
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  doc.tags = [...tags].sort().map((name) => ({ name, description: tagDescriptions[name] ?? name }));
  doc.components = {
    ...doc.components,
    schemas: { ...doc.components?.schemas, [errorSchemaName]: errorSchema },
    securitySchemes,
  };
  return doc;
}

/** `GET /api/contacts/:contactId/risk-profiles` → `getContactsByContactIdRiskProfiles`: stable and unique. */
export function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/),
    )
    .filter(Boolean);
  return method.toLowerCase() + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function securityOf(method: string, facts: TRouteFacts): Record<string, string[]>[] {
  if (!facts.access || facts.access === 'public') return [];
  const session: Record<string, string[]> = mutating.has(method)
    ? { sessionCookie: [], csrfToken: [] }
    : { sessionCookie: [] };
  return facts.apiKeyScope ? [session, { apiKey: [] }] : [session];
}

function refusalsOf(operation: TOperation, facts: TRouteFacts): Record<string, unknown> {
  const statuses: string[] = [];
  if (operation.requestBody || operation.parameters?.length) statuses.push('400');
  if (facts.access && facts.access !== 'public') statuses.push('401', '403');
  if (operation.parameters?.some((p) => p.in === 'path')) statuses.push('404');
  if (facts.apiKeyScope) statuses.push('429');
  if (statuses.length === 0) statuses.push('4XX');
  return Object.fromEntries(
    statuses
      .filter((status) => !operation.responses?.[status])
      .map((status) => [
        status,
        {
          description: refusals[status],
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${errorSchemaName}` } } },
        },
      ]),
  );
}

const tagDescriptions: Record<string, string> = {
  accounts: 'Accounts, sign-in and sessions',
  admin: 'Platform administration (platform administrators only)',
  'api-keys': "The organisation's API keys",
  contacts: 'Contacts: identification, versions, acceptance document',
  declarations: 'Internal declarations to the AML officer',
  documents: 'Identity and supporting documents',
  eid: 'Belgian eID sign-in and linking',
  goaml: 'Reports to CTIF-CFI in goAML XML (AML officer only)',
  health: 'Service health',
  notifications: 'Notifications',
  'officer-reports': "The AML officer's annual report, trainings and risk assessment",
  organisations: 'Organisations, members and roles',
  payments: 'Payment provider callbacks',
  'platform administration': 'Platform administration (platform administrators only)',
  policy: "The agency's acceptance policy",
  records: 'Audit trail, retention and exports',
  risk: 'Risk profiles, vigilance levels and decisions',
  screening: 'Screening against sanctions and PEP lists',
  transactions: 'Transactions (sales and rentals)',
  wallet: 'Wallet, top-ups and subscriptions',
  webhooks: 'Signed webhooks: endpoints, secrets, test events and delivery log',
};
