import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TMe, TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type { TLanguage } from '@vigilo/domain/contracts/common.ts';
import { applyLanguage } from '../../../app/i18n.ts';
import { api, setCsrfToken } from '../../../lib/api.ts';

export const sessionKey = ['session'] as const;

/** The current session; the account's remembered language wins over the browser's. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const session = await api<TSessionResponse>('GET', '/api/auth/session');
      setCsrfToken(session.csrfToken);
      if (session.user) applyLanguage(session.user.language);
      return session;
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { login: string; password: string }) =>
      api<TSessionResponse>('POST', '/api/auth/login', input),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      if (session.user) applyLanguage(session.user.language);
      client.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('POST', '/api/auth/logout'),
    onSettled: () => {
      setCsrfToken(null);
      client.clear();
      client.setQueryData(sessionKey, { user: null, csrfToken: null, activeOrganisationId: null });
    },
  });
}

/** Switches the language at once; for a signed-in user the account remembers it. */
export function useSwitchLanguage() {
  const client = useQueryClient();
  return async (lang: TLanguage, signedIn: boolean) => {
    applyLanguage(lang);
    if (!signedIn) return;
    const me = await api<TMe>('PATCH', '/api/accounts/me', { language: lang });
    client.setQueryData<TSessionResponse>(sessionKey, (old) => (old ? { ...old, user: me } : old));
  };
}
