import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { contactKeys } from '../../contacts/api/keys.ts';
import { freezeDutiesKey, screeningKeys } from './keys.ts';
import type { TContactScreening, TListImportResult, TNewHit } from './types.ts';
import { uploadFile } from './upload-file.ts';

type TScreeningResponse = { screening: TContactScreening | null };

/** The contact's latest screening (null before the first one). */
export function useContactScreening(contactId: string) {
  return useQuery({
    queryKey: screeningKeys.contact(contactId),
    queryFn: async () =>
      (await api<TScreeningResponse>('GET', `/api/contacts/${contactId}/screening`)).screening,
  });
}

/**
 * Screening again or dispositioning a hit answers with the new screening; the contact's status and
 * vigilance may change with it, and so may the list of new hits.
 */
function useScreeningChanged(contactId: string) {
  const client = useQueryClient();
  return (response: TScreeningResponse) => {
    client.setQueryData(screeningKeys.contact(contactId), response.screening);
    return Promise.all([
      client.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
      client.invalidateQueries({ queryKey: screeningKeys.newHits }),
      client.invalidateQueries({ queryKey: freezeDutiesKey(contactId) }),
    ]);
  };
}

export function useRescreenContact(contactId: string) {
  const changed = useScreeningChanged(contactId);
  return useMutation({
    mutationFn: () => api<TScreeningResponse>('POST', `/api/contacts/${contactId}/screening`),
    onSuccess: changed,
  });
}

export function useDispositionHit(contactId: string) {
  const changed = useScreeningChanged(contactId);
  return useMutation({
    mutationFn: (input: { hitId: string; disposition: 'true_match' | 'false_positive'; reason: string }) =>
      api<TScreeningResponse>('POST', `/api/screening/hits/${input.hitId}/disposition`, {
        disposition: input.disposition,
        reason: input.reason,
      }),
    onSuccess: changed,
  });
}

/** Accepts or refuses the contact after screening (M4); the officer hears of a heightened acceptance. */
export function useScreeningDecision(contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { decision: 'accept' | 'refuse'; motivation: string }) =>
      api<{ ok: true }>('POST', `/api/contacts/${contactId}/screening-decision`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: contactKeys.all }),
  });
}

/** Hits raised by re-screening after the latest list updates (B1). */
export function useNewHits(enabled = true) {
  return useQuery({
    queryKey: screeningKeys.newHits,
    queryFn: async () => (await api<{ items: TNewHit[] }>('GET', '/api/screening/new-hits')).items,
    enabled,
  });
}

/** How many of those hits nobody has dispositioned yet (the count next to the menu entry). */
export function useOpenNewHitsCount(enabled: boolean) {
  const hits = useNewHits(enabled);
  return (hits.data ?? []).filter((h) => h.disposition === 'open').length;
}

/** The officer's own watch list (CSV `id,name,type,birthDate,countries`): every contact is screened again. */
export function useUploadWatchlist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile<TListImportResult>(client, '/api/screening/watchlist', file),
    onSuccess: () => client.invalidateQueries({ queryKey: screeningKeys.all }),
  });
}
