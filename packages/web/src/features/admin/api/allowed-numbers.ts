import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAllowedNumber, ZAddAllowedNumberRequest } from '@vigilo/domain/contracts/admin.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from '../../organisations/api/keys.ts';
import { adminKeys } from './keys.ts';

export type TAddAllowedNumberInput = z.input<typeof ZAddAllowedNumberRequest>;

export function useAllowedNumbers() {
  return useQuery({
    queryKey: adminKeys.allowedNumbers,
    queryFn: async () =>
      (await api<{ numbers: TAllowedNumber[] }>('GET', '/api/admin/allowed-numbers')).numbers,
  });
}

/** The allow-list decides whether organisations (perhaps my own) may use the tool. */
function useRefreshAllowList() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: organisationKeys.mine });
    void client.invalidateQueries({ queryKey: organisationKeys.activeScope });
    return client.invalidateQueries({ queryKey: adminKeys.allowedNumbers });
  };
}

export function useAddAllowedNumber() {
  const refresh = useRefreshAllowList();
  return useMutation({
    mutationFn: (input: TAddAllowedNumberInput) =>
      api<TAllowedNumber>('POST', '/api/admin/allowed-numbers', input),
    onSuccess: refresh,
  });
}

export function useRemoveAllowedNumber() {
  const refresh = useRefreshAllowList();
  return useMutation({
    mutationFn: (enterpriseNumber: string) =>
      api<{ ok: true }>('DELETE', `/api/admin/allowed-numbers/${enterpriseNumber}`),
    onSuccess: refresh,
  });
}
