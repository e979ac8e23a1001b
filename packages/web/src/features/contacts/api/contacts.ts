import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TContactDetail,
  TContactListQuery,
  TContactVersion,
  ZContactData,
  ZContactListResponse,
} from '@vigilo/domain/contracts/contacts.ts';
import type { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { screeningKeys } from '../../screening/api/keys.ts';
import { contactKeys } from './keys.ts';

export type TContactInput = z.input<typeof ZContactData>;
export type TContactListResponse = z.infer<typeof ZContactListResponse>;
export type TContactFilters = Partial<Omit<TContactListQuery, 'page' | 'pageSize' | 'sort'>> &
  Pick<TContactListQuery, 'page' | 'pageSize' | 'sort'>;

function queryString(query: Partial<TContactListQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params.toString();
}

/** One page of the Contacts list; every filter runs on the server. */
export function useContacts(query: Partial<TContactListQuery>, enabled = true) {
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: () => api<TContactListResponse>('GET', `/api/contacts?${queryString(query)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export const fetchContact = (contactId: string) => api<TContactDetail>('GET', `/api/contacts/${contactId}`);

export function useContact(contactId: string | undefined) {
  return useQuery({
    queryKey: contactKeys.detail(contactId ?? ''),
    queryFn: () => fetchContact(contactId ?? ''),
    enabled: Boolean(contactId),
  });
}

export function useContactVersion(contactId: string, versionNo: number | null) {
  return useQuery({
    queryKey: contactKeys.version(contactId, versionNo ?? 0),
    queryFn: () => api<TContactVersion>('GET', `/api/contacts/${contactId}/versions/${versionNo}`),
    enabled: versionNo !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * A new contact or a new version changes the list, the contact and whatever links to it; it was screened
 * again on save, so its screening shown before is stale.
 */
function useStoreContact() {
  const client = useQueryClient();
  return (detail: TContactDetail) => {
    client.setQueryData(contactKeys.detail(detail.id), detail);
    return Promise.all([
      client.invalidateQueries({ queryKey: contactKeys.all }),
      client.invalidateQueries({ queryKey: screeningKeys.contact(detail.id) }),
    ]);
  };
}

/** Step 1 of the wizard: creates the contact (a draft) the first time, then saves its next versions. */
export function useSaveContact() {
  const store = useStoreContact();
  return useMutation({
    mutationFn: ({
      contactId,
      input,
      kboFilled = false,
    }: {
      contactId: string | null;
      input: TContactInput;
      /** Filled in from the KBO: the version keeps the extract as its dated source. */
      kboFilled?: boolean;
    }) => {
      const query = kboFilled ? '?source=kbo' : '';
      return contactId
        ? api<TContactDetail>('PUT', `/api/contacts/${contactId}${query}`, input)
        : api<TContactDetail>('POST', `/api/contacts${query}`, input);
    },
    onSuccess: store,
  });
}

export function useCreateContact() {
  const store = useStoreContact();
  return useMutation({
    mutationFn: (input: TContactInput) => api<TContactDetail>('POST', '/api/contacts', input),
    onSuccess: store,
  });
}

/** The AML officer's documented assessment ending a former PEP's heightened vigilance (loi art. 41). */
export function useRecordPepAssessment(contactId: string) {
  const store = useStoreContact();
  return useMutation({
    mutationFn: (assessment: string) =>
      api<TContactDetail>('POST', `/api/contacts/${contactId}/pep-assessment`, { assessment }),
    onSuccess: store,
  });
}
