import { useMutation, useQuery } from '@tanstack/react-query';
import type { TKboEnterprise } from '@vigilo/domain/contracts/kbo.ts';
import { api } from '../../../lib/api.ts';

/**
 * Looks an enterprise up in the KBO/BCE extract loaded on the platform. A mutation (run on the user's
 * click), so a refusal — no extract, unknown number — shows the server's translated message.
 */
export function useKboLookup() {
  return useMutation({
    mutationFn: (number: string) =>
      api<TKboEnterprise>('GET', `/api/kbo/enterprise?number=${encodeURIComponent(number)}`),
  });
}

/**
 * The KBO data of an enterprise number as soon as it is valid (the organisation sign-up fills itself in
 * while the number is typed). Quiet on a refusal: without an extract, or for an unknown number, the form
 * simply stays as typed. `number` is the parsed 10-digit number, or null while it is not valid.
 */
export function useKboEnterprise(number: string | null) {
  return useQuery({
    queryKey: ['kbo', 'enterprise', number],
    queryFn: () => api<TKboEnterprise>('GET', `/api/kbo/enterprise?number=${number}`),
    enabled: number !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
