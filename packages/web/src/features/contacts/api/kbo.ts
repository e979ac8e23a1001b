import { useMutation } from '@tanstack/react-query';
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
