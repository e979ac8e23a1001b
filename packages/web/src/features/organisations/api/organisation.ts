import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TOrganisation, ZUpdateOrganisationRequest } from '@vigilo/domain/contracts/organisations.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from './keys.ts';

export type TUpdateOrganisationInput = z.input<typeof ZUpdateOrganisationRequest>;

/** The session's active organisation. */
export function useOrganisation() {
  return useQuery({
    queryKey: organisationKeys.details,
    queryFn: () => api<TOrganisation>('GET', '/api/org'),
  });
}

export function useUpdateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TUpdateOrganisationInput) => api<TOrganisation>('PATCH', '/api/org', input),
    onSuccess: (organisation) => {
      client.setQueryData(organisationKeys.details, organisation);
      void client.invalidateQueries({ queryKey: organisationKeys.activityAll });
      return client.invalidateQueries({ queryKey: organisationKeys.mine });
    },
  });
}
