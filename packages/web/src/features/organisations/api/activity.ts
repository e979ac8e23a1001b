import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { TActivityResponse } from '@vigilo/domain/contracts/organisations.ts';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from './keys.ts';

/** One page of the active organisation's audit trail (managers only). */
export function useActivity(page: number, pageSize: number) {
  return useQuery({
    queryKey: organisationKeys.activity(page, pageSize),
    queryFn: () => {
      const query = new URLSearchParams({ page: String(page), pageSize: String(pageSize) });
      return api<TActivityResponse>('GET', `/api/org/activity?${query}`);
    },
    placeholderData: keepPreviousData,
  });
}
