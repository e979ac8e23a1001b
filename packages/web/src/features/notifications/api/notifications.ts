import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ZNotificationsResponse } from '@vigilo/domain/contracts/risk.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';

export type TNotificationsResponse = z.infer<typeof ZNotificationsResponse>;
export type TNotification = TNotificationsResponse['items'][number];

export const notificationsKey = ['org', 'notifications'] as const;

/** My notifications in the active organisation, polled every minute. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: () => api<TNotificationsResponse>('GET', '/api/notifications'),
    enabled,
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => api('POST', `/api/notifications/${notificationId}/read`),
    onSuccess: () => client.invalidateQueries({ queryKey: notificationsKey }),
  });
}

/** Where a notification leads: the case it is about. */
export function notificationPath(notification: Pick<TNotification, 'subjectType' | 'subjectId'>): string {
  switch (notification.subjectType) {
    case 'risk_profile':
      return `/risk-profiles/${notification.subjectId}`;
    case 'transaction':
      return `/transactions/${notification.subjectId}`;
    case 'contact':
      return `/contacts/${notification.subjectId}`;
    case 'risk_assessment':
      return '/risk-assessment';
    case 'reviews':
      return '/reviews';
    default:
      return '/declarations';
  }
}
