import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TAuditFacets,
  TAuditLink,
  TAuditListQuery,
  TAuditListResponse,
  TChainVerification,
  TContactRetention,
  TRetentionListQuery,
  TRetentionListResponse,
  TSubjectHistoryResponse,
} from '@vigilo/domain/contracts/records.ts';
import { api } from '../../../lib/api.ts';

export const recordKeys = {
  all: ['org', 'records'] as const,
  audit: (query: Partial<TAuditListQuery>) => ['org', 'records', 'audit', query] as const,
  facets: ['org', 'records', 'facets'] as const,
  history: (kind: 'contacts' | 'transactions', id: string) =>
    ['org', 'records', 'history', kind, id] as const,
  retention: (query: Partial<TRetentionListQuery>) => ['org', 'records', 'retention', query] as const,
  contactRetention: (contactId: string) => ['org', 'records', 'retention', 'contact', contactId] as const,
};

function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  }
  return params.toString();
}

/** One page of the organisation's audit trail; every filter runs on the server. */
export function useAuditEvents(query: Partial<TAuditListQuery>) {
  return useQuery({
    queryKey: recordKeys.audit(query),
    queryFn: () => api<TAuditListResponse>('GET', `/api/records/audit?${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function useAuditFacets() {
  return useQuery({
    queryKey: recordKeys.facets,
    queryFn: () => api<TAuditFacets>('GET', '/api/records/audit/facets'),
  });
}

/** The chain verification button: recomputes the organisation's hash chain on the server. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api<TChainVerification>('POST', '/api/records/audit/verify') });
}

/** A contact's or a transaction's own history (who did and read what), for its page. */
export function useSubjectHistory(kind: 'contacts' | 'transactions', id: string) {
  return useQuery({
    queryKey: recordKeys.history(kind, id),
    queryFn: () => api<TSubjectHistoryResponse>('GET', `/api/records/${kind}/${id}/history`),
  });
}

export function useRetentionList(query: Partial<TRetentionListQuery>) {
  return useQuery({
    queryKey: recordKeys.retention(query),
    queryFn: () => api<TRetentionListResponse>('GET', `/api/records/retention?${queryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function useContactRetention(contactId: string, enabled = true) {
  return useQuery({
    queryKey: recordKeys.contactRetention(contactId),
    queryFn: () => api<TContactRetention>('GET', `/api/records/contacts/${contactId}/retention`),
    enabled,
  });
}

export type TRetentionAction =
  | { kind: 'end'; contactId: string; body: { endedOn: string; reason: string } }
  | { kind: 'keep-open'; contactId: string; body: { reason: string } }
  | { kind: 'extend'; contactId: string; body: { until: string; reason: string } }
  | { kind: 'hold'; contactId: string; body: { reason: string; reference: string } }
  | { kind: 'release'; holdId: string; body: { reason: string } };

function actionUrl(action: TRetentionAction): string {
  if (action.kind === 'release') return `/api/records/legal-holds/${action.holdId}/release`;
  if (action.kind === 'hold') return `/api/records/contacts/${action.contactId}/legal-holds`;
  return `/api/records/contacts/${action.contactId}/retention/${action.kind}`;
}

/** Every change to a retention clock refreshes the lists, the contact's clock and the audit trail. */
export function useRetentionAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (action: TRetentionAction) => api<TContactRetention>('POST', actionUrl(action), action.body),
    onSuccess: (clock) => {
      client.setQueryData(recordKeys.contactRetention(clock.contactId), clock);
      return client.invalidateQueries({ queryKey: recordKeys.all });
    },
  });
}

/** Download addresses of the supervisor exports (ZIP); the browser follows them with the session cookie. */
export const exportUrls = {
  contact: (contactId: string) => `/api/records/exports/contacts/${contactId}`,
  transaction: (transactionId: string) => `/api/records/exports/transactions/${transactionId}`,
  organisation: (from: string, to: string) =>
    `/api/records/exports/organisation?${queryString({ from, to })}`,
};

/** Where the web app shows an event's subject. */
export function linkPath(link: TAuditLink | null): string | null {
  if (!link) return null;
  switch (link.kind) {
    case 'contact':
      return link.id ? `/contacts/${link.id}` : null;
    case 'transaction':
      return link.id ? `/transactions/${link.id}` : null;
    case 'risk_profile':
      return link.id ? `/risk-profiles/${link.id}` : null;
    case 'member':
    case 'organisation':
      return '/organisation';
    case 'wallet':
      return '/wallet';
    case 'policy':
      return '/policy';
  }
}
