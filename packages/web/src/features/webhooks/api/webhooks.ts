import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TCreateWebhookRequest, TWebhook } from '@vigilo/domain/contracts/webhooks.ts';
import { api } from '../../../lib/api.ts';

const webhooksKey = ['org', 'webhooks'] as const;

export type TDelivery = {
  id: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
};

export function useWebhooks() {
  return useQuery({
    queryKey: webhooksKey,
    queryFn: () => api<{ webhooks: TWebhook[] }>('GET', '/api/org/webhooks'),
  });
}

export function useDeliveries(webhookId: string | null) {
  return useQuery({
    queryKey: [...webhooksKey, webhookId, 'deliveries'],
    queryFn: () => api<{ deliveries: TDelivery[] }>('GET', `/api/org/webhooks/${webhookId}/deliveries`),
    enabled: webhookId !== null,
  });
}

/** Every change to an endpoint reloads the list and the logs. */
function useWebhookMutation<TInput, TOutput>(request: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKey }),
  });
}

export const useCreateWebhook = () =>
  useWebhookMutation((input: TCreateWebhookRequest) =>
    api<{ webhook: TWebhook; secret: string }>('POST', '/api/org/webhooks', input),
  );
export const useRotateSecret = () =>
  useWebhookMutation((id: string) =>
    api<{ webhook: TWebhook; secret: string }>('POST', `/api/org/webhooks/${id}/rotate-secret`),
  );
export const useEnableWebhook = () =>
  useWebhookMutation((id: string) => api<TWebhook>('POST', `/api/org/webhooks/${id}/enable`));
export const useSendTestEvent = () =>
  useWebhookMutation((id: string) => api<{ deliveryId: string }>('POST', `/api/org/webhooks/${id}/test`));
export const useDeleteWebhook = () =>
  useWebhookMutation((id: string) => api<null>('DELETE', `/api/org/webhooks/${id}`));
