import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type {
  TMyMembership,
  TMyOrganisationsResponse,
  ZCreateOrganisationRequest,
  ZJoinOrganisationRequest,
} from '@vigilo/domain/contracts/organisations.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { sessionKey, useSession } from '../../accounts/api/session.ts';
import { organisationKeys } from './keys.ts';

export type TCreateOrganisationInput = z.input<typeof ZCreateOrganisationRequest>;
export type TJoinOrganisationInput = z.input<typeof ZJoinOrganisationRequest>;

/** My memberships, pending ones included, with the count of members awaiting my confirmation. */
export function useMyOrganisations(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.mine,
    queryFn: () => api<TMyOrganisationsResponse>('GET', '/api/organisations'),
    enabled,
    staleTime: 30_000,
  });
}

/** The membership of the session's active organisation, when there is one. */
export function useActiveMembership(): { membership: TMyMembership | null; isPending: boolean } {
  const session = useSession();
  const signedIn = Boolean(session.data?.user);
  const mine = useMyOrganisations(signedIn);
  const activeId = session.data?.activeOrganisationId ?? null;
  const membership = mine.data?.memberships.find((m) => m.organisation.id === activeId) ?? null;
  return { membership, isPending: session.isPending || (signedIn && mine.isPending) };
}

/** Members awaiting confirmation in every organisation I manage (the orange badge). */
export function pendingMembersCount(data: TMyOrganisationsResponse | undefined): number {
  return (data?.memberships ?? [])
    .filter((m) => m.isManager && m.status === 'active')
    .reduce((sum, m) => sum + m.pendingMembers, 0);
}

/** After a change of active organisation, everything scoped to the old one is dropped. */
function useForgetActiveScope() {
  const client = useQueryClient();
  return () => {
    client.removeQueries({ queryKey: organisationKeys.activeScope });
    return client.invalidateQueries({ queryKey: organisationKeys.mine });
  };
}

export function useSetActiveOrganisation() {
  const client = useQueryClient();
  const forget = useForgetActiveScope();
  return useMutation({
    mutationFn: (organisationId: string) =>
      api<TSessionResponse>('PUT', '/api/session/active-organisation', { organisationId }),
    onSuccess: (session) => {
      client.setQueryData<TSessionResponse>(sessionKey, (old) =>
        old ? { ...old, activeOrganisationId: session.activeOrganisationId } : session,
      );
      return forget();
    },
  });
}

/** Creates an organisation; the server makes me its manager and its my active organisation. */
export function useCreateOrganisation() {
  const client = useQueryClient();
  const forget = useForgetActiveScope();
  return useMutation({
    mutationFn: (input: TCreateOrganisationInput) => api<TMyMembership>('POST', '/api/organisations', input),
    onSuccess: (membership) => {
      client.setQueryData<TSessionResponse>(sessionKey, (old) =>
        old ? { ...old, activeOrganisationId: membership.organisation.id } : old,
      );
      void client.invalidateQueries({ queryKey: sessionKey });
      return forget();
    },
  });
}

/** Asks to join an existing organisation; a manager must confirm (status pending). */
export function useJoinOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TJoinOrganisationInput) =>
      api<TMyMembership>('POST', '/api/organisations/join', input),
    onSuccess: () => client.invalidateQueries({ queryKey: organisationKeys.mine }),
  });
}
