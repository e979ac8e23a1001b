import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { walletKeys } from './keys.ts';

type TTestCheckout = {
  externalId: string;
  amountCents: number;
  description: string;
  status: string;
  redirectUrl: string;
};

/** The built-in test payment provider's checkout (PAYMENT_PROVIDER=test, local use only). */
export function useTestCheckout(externalId: string) {
  return useQuery({
    queryKey: walletKeys.testCheckout(externalId),
    queryFn: () => api<TTestCheckout>('GET', `/api/payments/test/${externalId}`),
  });
}

export function useDecideTestCheckout(externalId: string) {
  return useMutation({
    mutationFn: (decision: 'paid' | 'canceled') =>
      api<TTestCheckout>('POST', `/api/payments/test/${externalId}`, { decision }),
  });
}
