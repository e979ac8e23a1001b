import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMovementQueryParams,
  TPaymentStatus,
  TTransferInstructions,
  TWalletMovement,
  TWalletResponse,
  TWalletSubscription,
} from '@vigilo/domain/contracts/wallet.ts';
import { api } from '../../../lib/api.ts';
import { walletKeys } from './keys.ts';

/** The query string of the movements table (also used by the CSV export link). */
export function movementsQueryString(query: TMovementQueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '' && value !== null) params.set(key, String(value));
  }
  return params.toString();
}

export function useWallet(query: TMovementQueryParams) {
  return useQuery({
    queryKey: walletKeys.page(query),
    queryFn: () => api<TWalletResponse>('GET', `/api/wallet?${movementsQueryString(query)}`),
    placeholderData: keepPreviousData,
  });
}

export function useSubscriptions() {
  return useQuery({
    queryKey: walletKeys.subscriptions,
    queryFn: async () =>
      (await api<{ subscriptions: TWalletSubscription[] }>('GET', '/api/wallet/subscriptions')).subscriptions,
  });
}

export function useTransferInstructions() {
  return useQuery({
    queryKey: walletKeys.transfer,
    queryFn: () => api<TTransferInstructions>('GET', '/api/wallet/transfer-instructions'),
  });
}

export function useBuySubscription() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { planCode: string; idempotencyKey: string }) =>
      api<{ subscription: TWalletSubscription; movement: TWalletMovement }>(
        'POST',
        '/api/wallet/subscriptions',
        input,
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: walletKeys.all }),
  });
}

export function useStartTopUp() {
  return useMutation({
    mutationFn: (input: { amountCents: number; idempotencyKey: string }) =>
      api<{ paymentId: string; provider: string; checkoutUrl: string }>('POST', '/api/wallet/top-ups', input),
  });
}

/** The top-up the payer comes back from; asked again while the provider has not settled it. */
export function useTopUpStatus(paymentId: string | null) {
  const client = useQueryClient();
  return useQuery({
    queryKey: walletKeys.payment(paymentId ?? ''),
    enabled: paymentId !== null,
    queryFn: async () => {
      const status = await api<TPaymentStatus>('GET', `/api/wallet/top-ups/${paymentId}`);
      if (status.credited) void client.invalidateQueries({ queryKey: walletKeys.all });
      return status;
    },
    refetchInterval: (query) => (query.state.data?.status === 'open' ? 2000 : false),
  });
}

/** One key per click: a retried or doubled request is recognised by the server and applied once. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
