import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TDecisionRequest,
  TRiskProfile,
  ZAnswers,
  ZHeightenedMeasuresRequest,
  ZRiskProfileListResponse,
} from '@vigilo/domain/contracts/risk.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { contactKeys } from '../../contacts/api/keys.ts';

export type TAnswers = z.infer<typeof ZAnswers>;
export type THeightenedMeasuresInput = z.input<typeof ZHeightenedMeasuresRequest>;
export type TRiskProfileListItem = z.infer<typeof ZRiskProfileListResponse>['items'][number];

export const riskProfileKey = (profileId: string) => ['org', 'risk-profiles', profileId] as const;

/** The risk profiles of a contact, newest first. */
export function useRiskProfiles(contactId: string) {
  return useQuery({
    queryKey: contactKeys.riskProfiles(contactId),
    queryFn: async () =>
      (await api<{ items: TRiskProfileListItem[] }>('GET', `/api/contacts/${contactId}/risk-profiles`)).items,
  });
}

export function useRiskProfile(profileId: string | undefined) {
  return useQuery({
    queryKey: riskProfileKey(profileId ?? ''),
    queryFn: () => api<TRiskProfile>('GET', `/api/risk-profiles/${profileId}`),
    enabled: Boolean(profileId),
  });
}

export function useCreateRiskProfile(contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (role: 'buyer' | 'seller') =>
      api<TRiskProfile>('POST', `/api/contacts/${contactId}/risk-profiles`, { role }),
    onSuccess: (profile) => {
      client.setQueryData(riskProfileKey(profile.id), profile);
      return client.invalidateQueries({ queryKey: contactKeys.riskProfiles(contactId) });
    },
  });
}

/** Saves the answers as a draft; the answer tells which follow-up questions now apply. */
export function useSaveAnswers(profileId: string) {
  return useMutation({
    mutationFn: (answers: TAnswers) =>
      api<TRiskProfile>('PUT', `/api/risk-profiles/${profileId}/answers`, { answers }),
  });
}

/**
 * Computing or deciding changes the profile, the contact's status and vigilance, the declarations queue
 * and the notifications: all are refetched.
 */
function useProfileChanged() {
  const client = useQueryClient();
  return (profile: TRiskProfile) => {
    client.setQueryData(riskProfileKey(profile.id), profile);
    return Promise.all([
      client.invalidateQueries({ queryKey: contactKeys.all }),
      client.invalidateQueries({ queryKey: ['org', 'declarations'] }),
      client.invalidateQueries({ queryKey: ['org', 'notifications'] }),
    ]);
  };
}

export function useComputeRiskProfile(profileId: string) {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: () => api<TRiskProfile>('POST', `/api/risk-profiles/${profileId}/compute`),
    onSuccess: changed,
  });
}

export function useDecideRiskProfile(profileId: string) {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: (request: TDecisionRequest) =>
      api<TRiskProfile>('POST', `/api/risk-profiles/${profileId}/decision`, request),
    onSuccess: changed,
  });
}

/** Records the enhanced measures taken on the profile's case (source of wealth and funds, documents). */
export function useRecordProfileMeasures(profileId: string) {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: (measures: THeightenedMeasuresInput) =>
      api<TRiskProfile>('POST', `/api/risk-profiles/${profileId}/measures`, measures),
    onSuccess: changed,
  });
}

/** Senior management's approval of a PEP relationship (a manager of the organisation). */
export function useApproveProfileAsManager(profileId: string) {
  const changed = useProfileChanged();
  return useMutation({
    mutationFn: (comment: string) =>
      api<TRiskProfile>('POST', `/api/risk-profiles/${profileId}/manager-approval`, { comment }),
    onSuccess: changed,
  });
}
