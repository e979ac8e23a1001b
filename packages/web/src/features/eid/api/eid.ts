import { useMutation, useQuery } from '@tanstack/react-query';
import type { TEidConfigResponse } from '@vigilo/domain/contracts/eid.ts';
import { api } from '../../../lib/api.ts';

export const eidKeys = { config: ['eid', 'config'] as const };

/** Where "Sign in with eID" sends the browser: Vigilo redirects it on to the identity provider. */
export const eidLoginUrl = '/api/auth/eid/login/start';

/** Whether this installation has an identity provider; eID buttons are hidden when it has none. */
export function useEidConfig() {
  return useQuery({
    queryKey: eidKeys.config,
    queryFn: () => api<TEidConfigResponse>('GET', '/api/auth/eid/config'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** "Link my eID": Vigilo prepares the authentication, then the browser goes to the identity provider. */
export function useStartEidLink() {
  return useMutation({
    mutationFn: () => api<{ authorizationUrl: string }>('POST', '/api/auth/eid/link/start'),
    onSuccess: ({ authorizationUrl }) => window.location.assign(authorizationUrl),
  });
}
