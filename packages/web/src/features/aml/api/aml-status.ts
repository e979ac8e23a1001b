import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TAmlStatus } from '@vigilo/domain/contracts/organisations.ts';
import { api } from '../../../lib/api.ts';
import { organisationKeys } from '../../organisations/api/keys.ts';

/** Whether the active organisation may use the AML tool, has an officer, and what I may do in it. */
export function useAmlStatus(enabled = true) {
  return useQuery({
    queryKey: organisationKeys.amlStatus,
    queryFn: () => api<TAmlStatus>('GET', '/api/org/aml-status'),
    enabled,
  });
}

/** Becoming or ceasing to be the officer changes the members list, my role and the activity log. */
function useOfficerChange(
  request: (input: { to: 'collaborator' | 'none' } | undefined) => Promise<TAmlStatus>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (status) => {
      client.setQueryData(organisationKeys.amlStatus, status);
      void client.invalidateQueries({ queryKey: organisationKeys.members });
      void client.invalidateQueries({ queryKey: organisationKeys.details });
      void client.invalidateQueries({ queryKey: organisationKeys.activityAll });
      return client.invalidateQueries({ queryKey: organisationKeys.mine });
    },
  });
}

export function useClaimOfficer() {
  return useOfficerChange(() => api<TAmlStatus>('POST', '/api/org/officer/claim'));
}

export function useStepDown() {
  return useOfficerChange((input) => api<TAmlStatus>('POST', '/api/org/officer/step-down', input));
}
