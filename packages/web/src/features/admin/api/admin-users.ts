import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAdminUser } from '@vigilo/domain/contracts/admin.ts';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from '../../organisations/api/keys.ts';
import { adminKeys } from './keys.ts';

/** Accounts whose name, username or e-mail matches `q`. */
export function useAdminUsers(q: string) {
  return useQuery({
    queryKey: adminKeys.users(q),
    queryFn: async () =>
      (await api<{ users: TAdminUser[] }>('GET', `/api/admin/users?${new URLSearchParams({ q })}`)).users,
    placeholderData: keepPreviousData,
  });
}

/** A recognition changes who may get tool access, in every organisation. */
function useRefreshUsers() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: organisationKeys.activeScope });
    return client.invalidateQueries({ queryKey: adminKeys.usersAll });
  };
}

export function useGrantRecognition() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ userId, ...input }: { userId: string; code: string; reference: string }) =>
      api('POST', `/api/admin/users/${userId}/recognitions`, input),
    onSuccess: refresh,
  });
}

export function useRevokeRecognition() {
  const refresh = useRefreshUsers();
  return useMutation({
    mutationFn: ({ userId, code }: { userId: string; code: string }) =>
      api<{ ok: true }>('DELETE', `/api/admin/users/${userId}/recognitions/${code}`),
    onSuccess: refresh,
  });
}
