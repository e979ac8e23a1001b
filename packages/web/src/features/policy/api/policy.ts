import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZPolicyResponse } from '@vigilo/domain/contracts/risk.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export type TPolicyResponse = z.infer<typeof ZPolicyResponse>;

export const policyKey = ['org', 'policy'] as const;

/** The client acceptance policy in force (the regulation's default until the officer saves one). */
export function usePolicy() {
  return useQuery({ queryKey: policyKey, queryFn: () => api<TPolicyResponse>('GET', '/api/policy') });
}

/** The officer saves a new version; profiles computed before keep the version they used. */
export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (policy: Record<string, unknown>) => api<TPolicyResponse>('PUT', '/api/policy', { policy }),
    onSuccess: (saved) => client.setQueryData(policyKey, saved),
  });
}
