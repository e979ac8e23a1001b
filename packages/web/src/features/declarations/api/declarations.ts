import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TDeclarationItem } from '@vigilo/domain/contracts/risk.ts';
import { api } from '../../../lib/api.ts';

export type TDeclarationsFilter = 'awaiting-officer' | 'awaiting-ctif' | 'open' | 'all';
/** The queue's filters; an empty string = any. */
export type TDeclarationsCriteria = { status: string; olderThanDays: string; declaredBy: string };
export const noCriteria: TDeclarationsCriteria = { status: '', olderThanDays: '', declaredBy: '' };

export const declarationKeys = {
  all: ['org', 'declarations'] as const,
  list: (filter: TDeclarationsFilter, page: number) => ['org', 'declarations', filter, page] as const,
};

/** Declared cases (risk profiles and transactions); a case's timeline is read from the case. */
export function useDeclarations(
  filter: TDeclarationsFilter,
  page = 1,
  pageSize = 25,
  enabled = true,
  criteria: TDeclarationsCriteria = noCriteria,
) {
  const query = new URLSearchParams({ filter, page: String(page), pageSize: String(pageSize) });
  for (const [key, value] of Object.entries(criteria)) if (value) query.set(key, value);
  return useQuery({
    queryKey: [...declarationKeys.list(filter, page), pageSize, criteria],
    queryFn: () => api<{ items: TDeclarationItem[]; total: number }>('GET', `/api/declarations?${query}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many cases wait for the officer's decision (the count next to "Declarations"). */
export function useAwaitingOfficerCount(enabled: boolean) {
  const query = useDeclarations('awaiting-officer', 1, 1, enabled);
  return query.data?.total ?? 0;
}
