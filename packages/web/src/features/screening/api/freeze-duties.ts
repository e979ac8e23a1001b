import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFreezeDutiesResponse, TRecordFreezeDutyRequest } from '@vigilo/domain/contracts/screening.ts';
import { api } from '../../../lib/api.ts';
import { freezeDutiesKey } from './keys.ts';

export function useFreezeDuties(contactId: string) {
  return useQuery({
    queryKey: freezeDutiesKey(contactId),
    queryFn: () => api<TFreezeDutiesResponse>('GET', `/api/contacts/${contactId}/freeze-duties`),
  });
}

export function useRecordFreezeDuty(contactId: string, hitId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TRecordFreezeDutyRequest) =>
      api<TFreezeDutiesResponse>('POST', `/api/screening/hits/${hitId}/freeze-duties`, input),
    onSuccess: (data) => client.setQueryData(freezeDutiesKey(contactId), data),
  });
}
