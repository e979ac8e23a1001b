import type { TErrorResponse } from '@vigilo/domain/contracts/common.ts';
import i18next from 'i18next';
import { ApiError } from '../../../lib/api.ts';

/**
 * Fetches a file from the API (XML, PDF) and hands it to the browser as a download. Changes send the
 * session's CSRF token; refusals come back as ApiError with their details (e.g. goAML schema errors).
 */
export async function downloadFile(
  method: 'GET' | 'POST',
  url: string,
  csrfToken: string | null | undefined,
) {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      'accept-language': i18next.language,
      ...(method !== 'GET' && csrfToken ? { 'x-csrf-token': csrfToken } : {}),
    },
  });
  if (!res.ok) {
    const body = res.headers.get('content-type')?.includes('json')
      ? ((await res.json()) as TErrorResponse)
      : null;
    throw new ApiError(res.status, body ?? { code: 'internal_error', message: '' });
  }
  const filename = res.headers.get('content-disposition')?.match(/filename="([^"]+)"/)?.[1] ?? 'download';
  const blob = await res.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
}
