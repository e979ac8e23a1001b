import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TApiKey, TApiKeyScope, TCreateApiKeyRequest } from '@vigilo/domain/contracts/api-keys.ts';
import { api } from '../../../lib/api.ts';

// Under ['org'] so that switching organisation drops the list with the rest of the organisation's data.
const apiKeysKey = ['org', 'api-keys'] as const;

export type TApiKeysResponse = { keys: TApiKey[]; grantableScopes: TApiKeyScope[] };

export function useApiKeys() {
  return useQuery({ queryKey: apiKeysKey, queryFn: () => api<TApiKeysResponse>('GET', '/api/org/api-keys') });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateApiKeyRequest) =>
      api<{ key: TApiKey; token: string }>('POST', '/api/org/api-keys', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<null>('POST', `/api/org/api-keys/${id}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
