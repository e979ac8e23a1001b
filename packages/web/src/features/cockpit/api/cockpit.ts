import { useQuery } from '@tanstack/react-query';
import type {
  TAgencyCockpit,
  TCockpitItemsQuery,
  TCockpitItemsResponse,
  TOfficerCockpit,
  TOperatorCockpit,
} from '@vigilo/domain/contracts/cockpit.ts';
import { api } from '../../../lib/api.ts';

/** Query keys of the cockpit: under `['org']` (switching organisation drops them), the operator's apart. */
export const cockpitKeys = {
  officer: ['org', 'cockpit', 'officer'] as const,
  agency: ['org', 'cockpit', 'agency'] as const,
  items: (query: TCockpitItemsQuery) => ['org', 'cockpit', 'items', query] as const,
  operator: ['admin', 'cockpit', 'operator'] as const,
};

export function useOfficerCockpit(enabled: boolean) {
  return useQuery({
    queryKey: cockpitKeys.officer,
    queryFn: () => api<TOfficerCockpit>('GET', '/api/cockpit/officer'),
    enabled,
  });
}

export function useAgencyCockpit(enabled: boolean) {
  return useQuery({
    queryKey: cockpitKeys.agency,
    queryFn: () => api<TAgencyCockpit>('GET', '/api/cockpit/agency'),
    enabled,
  });
}

export function useCockpitItems(query: TCockpitItemsQuery) {
  const params = new URLSearchParams({
    figure: query.figure,
    ...(query.month ? { month: query.month } : {}),
  });
  return useQuery({
    queryKey: cockpitKeys.items(query),
    queryFn: () => api<TCockpitItemsResponse>('GET', `/api/cockpit/items?${params}`),
  });
}

export function useOperatorCockpit() {
  return useQuery({
    queryKey: cockpitKeys.operator,
    queryFn: () => api<TOperatorCockpit>('GET', '/api/cockpit/operator'),
  });
}
