import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TMe, TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import { api } from '../../../lib/api.ts';
import { sessionKey } from './session.ts';

export type TSignUpInput = {
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  password: string;
  passwordConfirmation: string;
};

export function suggestUsername(firstName: string, lastName: string) {
  const query = new URLSearchParams({ firstName, lastName });
  return api<{ username: string }>('GET', `/api/accounts/username-suggestion?${query}`);
}

export function useSignUp() {
  return useMutation({
    mutationFn: (input: TSignUpInput & { language: string }) =>
      api<{ username: string; email: string }>('POST', '/api/accounts/sign-up', input),
  });
}

export function useActivate() {
  return useMutation({
    mutationFn: (input: { login: string; code: string }) => api('POST', '/api/accounts/activate', input),
  });
}

export function useResendActivation() {
  return useMutation({
    mutationFn: (input: { login: string }) => api('POST', '/api/accounts/resend-activation', input),
  });
}

function useRefreshMe() {
  const client = useQueryClient();
  return (me: TMe) =>
    client.setQueryData<TSessionResponse>(sessionKey, (old) => (old ? { ...old, user: me } : old));
}

export function useUpdateProfile() {
  const refresh = useRefreshMe();
  return useMutation({
    mutationFn: (input: { firstName: string; lastName: string }) =>
      api<TMe>('PATCH', '/api/accounts/me', input),
    onSuccess: refresh,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string }) =>
      api('POST', '/api/accounts/me/password', input),
  });
}

export function useRequestEmailChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { newEmail: string; password: string }) =>
      api('POST', '/api/accounts/me/email', input),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}

export function useConfirmEmailChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { code: string }) => api('POST', '/api/accounts/me/email/confirm', input),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKey }),
  });
}
