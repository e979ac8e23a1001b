import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TMember,
  TUpdateMemberRequest,
  ZConfirmMemberRequest,
} from '@vigilo/domain/contracts/organisations.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from './keys.ts';

export type TConfirmMemberInput = z.input<typeof ZConfirmMemberRequest>;

/** The members of the active organisation, pending ones included. */
export function useMembers() {
  return useQuery({
    queryKey: organisationKeys.members,
    queryFn: async () => (await api<{ members: TMember[] }>('GET', '/api/org/members')).members,
  });
}

/**
 * A change to a member can change the pending badge, my own rights, whether the organisation has an
 * officer and the activity log: all of them are refetched.
 */
function useRefreshAfterMemberChange() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: organisationKeys.activeScope }),
      client.invalidateQueries({ queryKey: organisationKeys.mine }),
    ]);
}

export function useConfirmMember() {
  const refresh = useRefreshAfterMemberChange();
  return useMutation({
    mutationFn: ({ memberId, ...input }: TConfirmMemberInput & { memberId: string }) =>
      api<TMember>('POST', `/api/org/members/${memberId}/confirm`, input),
    onSuccess: refresh,
  });
}

export function useUpdateMember() {
  const refresh = useRefreshAfterMemberChange();
  return useMutation({
    mutationFn: ({ memberId, ...input }: TUpdateMemberRequest & { memberId: string }) =>
      api<TMember>('PATCH', `/api/org/members/${memberId}`, input),
    onSuccess: refresh,
  });
}

export function useRemoveMember() {
  const refresh = useRefreshAfterMemberChange();
  return useMutation({
    mutationFn: (memberId: string) => api<{ ok: true }>('DELETE', `/api/org/members/${memberId}`),
    onSuccess: refresh,
  });
}
