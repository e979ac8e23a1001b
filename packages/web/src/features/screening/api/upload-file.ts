import type { QueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@vigilo/domain/contracts/accounts.ts';
import i18next from 'i18next';
import { ApiError } from '../../../lib/api.ts';
import { sessionKey } from '../../accounts/api/session.ts';

/**
 * Posts a multipart form (a list file). The JSON helper cannot send a form, so the CSRF token is read
 * from the session, as `api()` does. Fields must come before the file: the server reads them as it
 * streams.
 */
export async function uploadFile<T>(
  client: QueryClient,
  url: string,
  file: File,
  fields: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  form.set('file', file);
  const csrf = client.getQueryData<TSessionResponse>(sessionKey)?.csrfToken;
  const res = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'accept-language': i18next.language, ...(csrf ? { 'x-csrf-token': csrf } : {}) },
  });
  const data = res.headers.get('content-type')?.includes('json') ? await res.json() : null;
  if (!res.ok) throw new ApiError(res.status, data ?? { code: 'internal_error', message: '' });
  return data as T;
}
