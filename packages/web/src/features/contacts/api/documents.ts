import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import type { TDocument, TDocumentPurpose } from '@vigilo/domain/contracts/documents.ts';
import i18next from 'i18next';
import { ApiError, api } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';
import { contactKeys } from './keys.ts';

/** The supporting documents attached to a contact. */
export function useContactDocuments(contactId: string | undefined) {
  return useQuery({
    queryKey: contactKeys.documents(contactId ?? ''),
    queryFn: async () =>
      (
        await api<{ items: TDocument[] }>(
          'GET',
          `/api/documents?subjectType=contact&subjectId=${encodeURIComponent(contactId ?? '')}`,
        )
      ).items,
    enabled: Boolean(contactId),
  });
}

export const documentDownloadUrl = (documentId: string) => `/api/documents/${documentId}/download`;

/**
 * Uploads one file as multipart (the server checks the type from the bytes). The JSON helper cannot send
 * a form, so the CSRF token is read from the session, as `api()` does.
 */
export function useUploadDocument(contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, purpose }: { file: File; purpose: TDocumentPurpose }) => {
      const form = new FormData();
      form.set('subjectType', 'contact');
      form.set('subjectId', contactId);
      form.set('purpose', purpose);
      form.set('file', file);
      const csrf = client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken;
      const res = await fetch('/api/documents', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'accept-language': i18next.language, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
      });
      const data = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
      if (!res.ok) throw new ApiError(res.status, data ?? { code: 'internal_error', message: '' });
      return data as TDocument;
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: contactKeys.documents(contactId) }),
        // Flags such as "proof of address missing" depend on the documents.
        client.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
      ]),
  });
}
