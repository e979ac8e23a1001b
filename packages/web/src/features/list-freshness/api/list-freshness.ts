import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';

/** The shapes of packages/server/src/screening/sources/list-freshness.service.ts. */
export type TListFreshness = {
  source: string;
  label: string | null;
  enabled: boolean;
  listDate: string | null;
  importedAt: string | null;
  stale: boolean;
  lastCheckAt: string | null;
  lastSuccessAt: string | null;
  nextCheckAt: string | null;
  failingSince: string | null;
  failing: boolean;
};

export type TCountryRiskFreshness = {
  version: number;
  publishedOn: string;
  reviewDue: boolean;
  provenance: Partial<
    Record<
      'fatfCallForAction' | 'fatfIncreasedMonitoring' | 'euHighRiskThirdCountries',
      { source: string; date: string; url?: string }
    >
  >;
};

export type TFreshness = {
  staleDays: number;
  lists: TListFreshness[];
  countryRisk: TCountryRiskFreshness | null;
  warning: boolean;
};

export type TListSource = {
  id: string;
  label: string;
  url: string;
  enabled: boolean;
  listDate: string | null;
  stale: boolean;
  failing: boolean;
  lastCheckAt: string | null;
  lastSuccessAt: string | null;
  nextCheckAt: string | null;
  failingSince: string | null;
  lastError: string | null;
  lastRefusal: { at: string; reason: string; code: 'malformed' | 'shrunk' | 'empty' } | null;
};

export type TPlatformAlert = {
  id: string;
  kind: 'list_source_failing' | 'lists_stale' | 'country_risk_review';
  subject: string;
  details: Record<string, string>;
  raisedAt: string;
};

export type TListSourcesPanel = {
  autoUpdate: boolean;
  checkMinutes: number;
  staleDays: number;
  countryRisk: TCountryRiskFreshness | null;
  sources: TListSource[];
  alerts: TPlatformAlert[];
};

const keys = {
  freshness: ['lists', 'freshness'] as const,
  sources: ['admin', 'list-sources'] as const,
};

/** How current the lists are, for the warning on the screening pages (refreshed every minute). */
export function useListFreshness(enabled = true) {
  return useQuery({
    queryKey: keys.freshness,
    queryFn: () => api<TFreshness>('GET', '/api/screening/freshness'),
    refetchInterval: 60_000,
    enabled,
  });
}

/** The administrators' freshness panel: each source, its checks, refusals and the open alerts. */
export function useListSources() {
  return useQuery({
    queryKey: keys.sources,
    queryFn: () => api<TListSourcesPanel>('GET', '/api/admin/list-sources'),
    refetchInterval: 30_000,
  });
}

/** Asks for a check of every source now (the periodic checks go on). */
export function useCheckListsNow() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ ok: true }>('POST', '/api/admin/list-sources/check'),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sources }),
  });
}
