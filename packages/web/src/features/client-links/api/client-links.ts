import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  TClientLink,
  TCreateClientLinkRequest,
  TPublicClientLink,
  TReviewClientLinkRequest,
} from '@vigilo/domain/contracts/client-links.ts';
import type { TContactData } from '@vigilo/domain/contracts/contacts.ts';
import { api } from '../../../lib/api.ts';
import type { TContactInput } from '../../contacts/api/contacts.ts';

const keys = {
  all: ['org', 'client-links'] as const,
  review: (id: string) => ['org', 'client-links', id] as const,
  public: (token: string) => ['public', 'client-link', token] as const,
};

type TReview = {
  link: TClientLink;
  submission: { data: TContactData; confirmation: { name: string; date: string } } | null;
  current: TContactData | null;
};

export function useClientLinks() {
  return useQuery({
    queryKey: keys.all,
    queryFn: async () => (await api<{ items: TClientLink[] }>('GET', '/api/client-links')).items,
  });
}

export function useCreateClientLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateClientLinkRequest) =>
      api<{ link: TClientLink; url: string }>('POST', '/api/client-links', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useClientLinkReview(id: string) {
  return useQuery({
    queryKey: keys.review(id),
    queryFn: () => api<TReview>('GET', `/api/client-links/${id}`),
  });
}

export function useReviewClientLink(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (review: TReviewClientLinkRequest) =>
      api<TClientLink>('POST', `/api/client-links/${id}/review`, review),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useRevokeClientLink() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<TClientLink>('POST', `/api/client-links/${id}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  });
}

/** The client's side: no account, the token in the address. */
export function usePublicClientLink(token: string) {
  return useQuery({
    queryKey: keys.public(token),
    queryFn: () => api<TPublicClientLink>('GET', `/api/public/client-links/${token}`),
  });
}

export function useSubmitClientLink(token: string) {
  return useMutation({
    mutationFn: (body: {
      data: TContactInput;
      confirmation: { name: string; date: string; isTrueAndComplete: boolean };
    }) => api<null>('POST', `/api/public/client-links/${token}/submission`, body),
  });
}
